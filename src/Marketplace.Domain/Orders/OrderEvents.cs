using Marketplace.Domain.Common;

namespace Marketplace.Domain.Orders;

public sealed record OrderPlaced(Guid OrderId, DateTimeOffset OccurredAt) : IDomainEvent;
public sealed record OrderPaid(Guid OrderId, DateTimeOffset OccurredAt) : IDomainEvent;
public sealed record OrderConfirmed(Guid OrderId, DateTimeOffset OccurredAt) : IDomainEvent;
public sealed record OrderShipped(Guid OrderId, DateTimeOffset OccurredAt) : IDomainEvent;
public sealed record OrderDelivered(Guid OrderId, DateTimeOffset OccurredAt) : IDomainEvent;
public sealed record OrderCancelled(Guid OrderId, OrderActor By, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
public sealed record OrderRefunded(Guid OrderId, long Amount, DateTimeOffset OccurredAt) : IDomainEvent;
