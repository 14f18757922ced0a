namespace Marketplace.Application.Common.Events;

/// <summary>Where an event's delivery is: `pending` (waiting or retrying), `delivered`, or `dead` (given up after the maximum attempts).</summary>
public enum OutboxStatus { Pending, Delivered, Dead }

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

/// <summary>The envelope every transport carries: <c>{ id, type, occurredAt, data }</c>.</summary>
public sealed record IntegrationEvent(Guid Id, string Type, DateTimeOffset OccurredAt, System.Text.Json.JsonElement Data);

/// <summary>A consumer of integration events. Must be idempotent (use <see cref="Ports.IInbox"/>): delivery is at least once.</summary>
public interface IIntegrationEventHandler
{
    /// <summary>A stable name, used as the inbox consumer key and as the outbox delivery's consumer.</summary>
    string Name { get; }

    Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>A consumer that is faster given many events at once (a broker: publish them all, then wait for the confirms).</summary>
public interface IBatchIntegrationEventHandler : IIntegrationEventHandler
{
    /// <summary>Delivers the events; returns one outcome per event, in order: null when delivered, else why not.</summary>
    Task<IReadOnlyList<Exception?>> HandleBatchAsync(IReadOnlyList<IntegrationEvent> integrationEvents, CancellationToken cancellationToken);
}
