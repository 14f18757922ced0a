using Marketplace.Application.Common.Events;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// An integration event waiting to be delivered, written in the same transaction as the change that raised
/// it, with one <see cref="OutboxDelivery"/> per consumer. The dispatcher delivers it after commit, at least
/// once, in occurrence order per aggregate and consumer.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string Type { get; init; } = "";
    public Guid AggregateId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Position among the events saved together, which often share an instant (placed, then paid).</summary>
    public int Ordinal { get; init; }

    /// <summary>The envelope's <c>data</c>, as JSON.</summary>
    public string Data { get; init; } = "{}";

    /// <summary>Each consumer's own progress: a slow or failing consumer holds back only itself.</summary>
    public List<OutboxDelivery> Deliveries { get; init; } = [];

    /// <summary>Dead if any consumer gave up on it, pending while any consumer still has to receive it, else delivered.</summary>
    public static OutboxStatus StatusOf(IEnumerable<OutboxStatus> deliveries)
    {
        var statuses = deliveries.ToList();
        if (statuses.Contains(OutboxStatus.Dead)) return OutboxStatus.Dead;
        return statuses.Contains(OutboxStatus.Pending) ? OutboxStatus.Pending : OutboxStatus.Delivered;
    }

    public void AddDeliveries(IEnumerable<string> consumers)
    {
        foreach (var consumer in consumers)
            Deliveries.Add(new OutboxDelivery
            {
                MessageId = Id, Consumer = consumer, AggregateId = AggregateId, OccurredAt = OccurredAt, Ordinal = Ordinal, NextAttemptAt = OccurredAt,
            });
    }
}
