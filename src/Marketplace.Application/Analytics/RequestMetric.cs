namespace Marketplace.Application.Analytics;

/// <summary>
/// One minute of one route group's traffic on one API instance: count, errors and a latency histogram with one
/// integer column per bucket, so the database can sum a day of rows and the percentile is read from the sums.
/// </summary>
public sealed class RequestMetric
{
    /// <summary>Upper bounds (ms) of the histogram's buckets; a last, open bucket holds the rest.</summary>
    public static readonly int[] BucketBoundsMs = [5, 10, 25, 50, 100, 250, 500, 1000, 2500];

    /// <summary>The value the p95 signal reports for the open bucket (over 2500 ms).</summary>
    public const int OpenBucketMs = 5000;

    public DateTimeOffset Minute { get; set; }
    public string RouteGroup { get; set; } = "";
    public string Instance { get; set; } = "";
    public long Requests { get; set; }
    public long ServerErrors { get; set; }

    public long UpTo5Ms { get; set; }
    public long UpTo10Ms { get; set; }
    public long UpTo25Ms { get; set; }
    public long UpTo50Ms { get; set; }
    public long UpTo100Ms { get; set; }
    public long UpTo250Ms { get; set; }
    public long UpTo500Ms { get; set; }
    public long UpTo1000Ms { get; set; }
    public long UpTo2500Ms { get; set; }
    public long Over2500Ms { get; set; }

    /// <summary>Adds counts given in <see cref="BucketBoundsMs"/> order, the open bucket last.</summary>
    public void AddToHistogram(IReadOnlyList<long> counts)
    {
        UpTo5Ms += counts[0];
        UpTo10Ms += counts[1];
        UpTo25Ms += counts[2];
        UpTo50Ms += counts[3];
        UpTo100Ms += counts[4];
        UpTo250Ms += counts[5];
        UpTo500Ms += counts[6];
        UpTo1000Ms += counts[7];
        UpTo2500Ms += counts[8];
        Over2500Ms += counts[9];
    }
}

/// <summary>Settings the separation-readiness signals need from configuration.</summary>
public sealed record SeparationSettings(long? CoreRequestsPerDay, int DivergentFeatures, IReadOnlyList<string> DivergentFeatureNames);
