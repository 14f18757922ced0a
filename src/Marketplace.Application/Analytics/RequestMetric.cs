namespace Marketplace.Application.Analytics;

/// <summary>One minute of one route group's traffic on one API instance: count, errors and a latency histogram.</summary>
public sealed class RequestMetric
{
    /// <summary>Upper bounds (ms) of the histogram's buckets; a last, open bucket holds the rest.</summary>
    public static readonly int[] BucketBoundsMs = [5, 10, 25, 50, 100, 250, 500, 1000, 2500];

    public DateTimeOffset Minute { get; set; }
    public string RouteGroup { get; set; } = "";
    public string Instance { get; set; } = "";
    public long Requests { get; set; }
    public long ServerErrors { get; set; }

    /// <summary>Counts per bucket, comma-separated, <see cref="BucketBoundsMs"/>.Length + 1 of them.</summary>
    public string Histogram { get; set; } = "";
}

/// <summary>Settings the separation-readiness signals need from configuration.</summary>
public sealed record SeparationSettings(long? CoreRequestsPerDay, int DivergentFeatures, IReadOnlyList<string> DivergentFeatureNames);
