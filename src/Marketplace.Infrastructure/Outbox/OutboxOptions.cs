namespace Marketplace.Infrastructure.Outbox;

public enum EventBusTransport { InProcess, RabbitMq }

/// <summary><c>Marketplace:EventBus</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Marketplace:EventBus";

    /// <summary><c>InProcess</c> (default) delivers to this process's consumers.</summary>
    public EventBusTransport Transport { get; set; } = EventBusTransport.InProcess;

    /// <summary>With <see cref="EventBusTransport.RabbitMq"/>, events are also published to the broker.</summary>
    public RabbitMqOptions RabbitMq { get; set; } = new();

    public bool UsesRabbitMq => Transport == EventBusTransport.RabbitMq;

    /// <summary>Attempts before a message is marked dead and left for an admin to retry.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How often the dispatcher looks for due deliveries when nothing wakes it (other hosts' events, retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Wake the dispatcher right after a commit in this process stored outbox rows, instead of waiting for the poll.</summary>
    public bool WakeOnCommit { get; set; } = true;

    /// <summary>First retry delay; doubled for each further attempt, capped at <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a dispatcher holds the messages it is delivering; renewed while its batch runs, so it bounds only
    /// how late the events of a crashed instance are picked up by another.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Deliveries claimed at once per consumer.</summary>
    public int BatchSize { get; set; } = 200;

    public sealed class RabbitMqOptions
    {
        /// <summary>An <c>amqp://</c> URI.</summary>
        public string? ConnectionString { get; set; }
    }
}
