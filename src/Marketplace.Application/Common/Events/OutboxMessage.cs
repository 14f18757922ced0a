namespace Marketplace.Application.Common.Events;

public enum OutboxStatus { Pending, Delivered, Dead }

/// <summary>
/// An integration event waiting to be delivered, written in the same transaction as the change that raised
/// it. The dispatcher delivers it after commit, at least once, in occurrence order per aggregate.
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
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>A dispatcher's lease: while it lasts no other instance delivers this message.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
}

/// <summary>The envelope every transport carries: <c>{ id, type, occurredAt, data }</c>.</summary>
public sealed record IntegrationEvent(Guid Id, string Type, DateTimeOffset OccurredAt, System.Text.Json.JsonElement Data);

/// <summary>A consumer of integration events. Must be idempotent (use <see cref="Ports.IInbox"/>): delivery is at least once.</summary>
public interface IIntegrationEventHandler
{
    /// <summary>A stable name, used as the inbox consumer key.</summary>
    string Name { get; }

    Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
