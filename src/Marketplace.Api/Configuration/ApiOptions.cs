namespace Marketplace.Api.Configuration;

/// <summary><c>Marketplace:Cors</c>.</summary>
public sealed class CorsOptions
{
    public const string Section = "Marketplace:Cors";

    /// <summary>Browser origins allowed to call the API; none by default.</summary>
    public string[] Origins { get; set; } = [];
}

/// <summary><c>Marketplace:Board</c>.</summary>
public sealed class BoardOptions
{
    public const string Section = "Marketplace:Board";

    /// <summary>How long anonymous board pages are cached; 0 turns the cache off.</summary>
    public int CacheSeconds { get; set; } = 5;
}

/// <summary><c>Marketplace:Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Marketplace:Telemetry";

    /// <summary>OTLP/HTTP collector, e.g. <c>http://collector:4318</c>; unset, nothing is collected.</summary>
    public string? OtlpEndpoint { get; set; }
}

/// <summary><c>Marketplace:RateLimits</c>: per-caller fixed windows, one per route group.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Marketplace:RateLimits";

    public bool Enabled { get; set; } = true;
    public WindowOptions Board { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };
    public WindowOptions Orders { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };
    public WindowOptions Default { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    public sealed class WindowOptions
    {
        /// <summary>Requests per window; 0 or less means no limit for the group.</summary>
        public int PermitLimit { get; set; }
        public int WindowSeconds { get; set; }
    }
}
