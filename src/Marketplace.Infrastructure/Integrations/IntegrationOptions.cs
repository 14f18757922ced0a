namespace Marketplace.Infrastructure.Integrations;

/// <summary><c>Realtime</c>: signed events (HTTP or RabbitMQ); <c>Batch</c>: a periodic pull; <c>Manual</c>: an admin's pull.</summary>
public enum DataSyncMode { Realtime, Batch, Manual }

/// <summary><c>Marketplace:Integration</c>: how the marketplace talks with VibeLux core.</summary>
public sealed class IntegrationOptions
{
    public const string Section = "Marketplace:Integration";

    /// <summary>VibeLux core's API (<c>VIBELUX_API_URL</c>).</summary>
    public string? VibeLuxApiUrl { get; set; }

    public DataSyncMode DataSync { get; set; } = DataSyncMode.Realtime;

    /// <summary>How often <see cref="DataSyncMode.Batch"/> pulls the facilities updated since the last pull.</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>VibeLux core's daily requests, for the traffic-share readiness signal; null leaves the signal unknown.</summary>
    public long? CoreRequestsPerDay { get; set; }

    /// <summary>HMAC secret of <c>X-VibeLux-Signature</c>; unset, every event is refused.</summary>
    public string? WebhookSecret { get; set; }
}
