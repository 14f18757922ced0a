using Marketplace.Domain.Common;

namespace Marketplace.Domain.StandingOrders;

public sealed record StandingOrderCyclePlaced(
    Guid StandingOrderId, DateOnly DeliveryDate, IReadOnlyList<Guid> OrderIds, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record StandingOrderCycleSkipped(
    Guid StandingOrderId, DateOnly DeliveryDate, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
