using Marketplace.Application.Common.Events;

namespace Marketplace.Application.Admin;

/// <summary>One consumer's progress with one message.</summary>
/// <param name="Consumer">The consumer handling it (email, search index, message broker).</param>
/// <param name="Status">Where this consumer is with the message.</param>
/// <param name="Attempts">Delivery attempts so far.</param>
/// <param name="NextAttemptAt">When the next attempt is due (UTC).</param>
/// <param name="LastError">Why the last attempt failed.</param>
/// <param name="DeliveredAt">When this consumer handled it (UTC).</param>
public sealed record OutboxDeliveryResponse(string Consumer, OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptAt, string? LastError,
    DateTimeOffset? DeliveredAt);

/// <summary>
/// A message and, in <c>deliveries</c>, each consumer's state. The top-level figures summarise them: status dead if any
/// consumer gave up, pending while any still waits; attempts and lastError of the consumer that failed most.
/// </summary>
/// <param name="Id">The event id.</param>
/// <param name="Type">The integration event's type, e.g. `order.placed`.</param>
/// <param name="AggregateId">The listing, order or user the event is about.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
/// <param name="Status">`dead` if any consumer gave up, `pending` while any waits, else `delivered`.</param>
/// <param name="Attempts">Attempts of the consumer that failed most.</param>
/// <param name="NextAttemptAt">When the next attempt is due (UTC).</param>
/// <param name="LastError">The last error of the consumer that failed most.</param>
/// <param name="DeliveredAt">When the last consumer handled it (UTC).</param>
/// <param name="Deliveries">Each consumer's state.</param>
public sealed record OutboxMessageResponse(Guid Id, string Type, Guid AggregateId, DateTimeOffset OccurredAt, OutboxStatus Status,
    int Attempts, DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset? DeliveredAt, IReadOnlyList<OutboxDeliveryResponse> Deliveries);
