namespace Marketplace.Application.Common.Events;

/// <summary>Where an event's delivery is: `pending` (waiting or retrying), `delivered`, or `dead` (given up after the maximum attempts).</summary>
public enum OutboxStatus { Pending, Delivered, Dead }

/// <summary>
/// One event as a consumer receives it: the envelope <c>{ id, type, occurredAt, data }</c> with <c>data</c> as stored
/// (so a transport forwards it byte for byte), read as its Marketplace.Contracts record by <see cref="ReadData"/>.
/// </summary>
public sealed record IntegrationEvent(Guid Id, string Type, DateTimeOffset OccurredAt, System.Text.Json.JsonElement Data)
{
    /// <summary>The typed data; null for a type this version does not know. Throws when the data does not fit its type.</summary>
    public Contracts.IIntegrationEventData? ReadData() => Contracts.IntegrationEventJson.Deserialize(Type, Data);

    /// <summary>The envelope as the contracts describe it, for transports that publish it.</summary>
    public Contracts.IntegrationEventEnvelope<System.Text.Json.JsonElement> ToEnvelope() => new(Id, Type, OccurredAt, Data);
}

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
