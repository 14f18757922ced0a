namespace Marketplace.Application.Analytics;

/// <summary>The latency histogram's buckets, shared by the Api's counters, the store and the p95 signal.</summary>
public static class RequestHistogram
{
    /// <summary>Upper bounds (ms) of the histogram's buckets; a last, open bucket holds the rest.</summary>
    public static readonly int[] BucketBoundsMs = [5, 10, 25, 50, 100, 250, 500, 1000, 2500];

    /// <summary>The value the p95 signal reports for the open bucket (over 2500 ms).</summary>
    public const int OpenBucketMs = 5000;
}

/// <summary>One minute of one route group's traffic counted by one instance, histogram in <see cref="RequestHistogram.BucketBoundsMs"/> order.</summary>
public sealed record RequestMetricCounts(DateTimeOffset Minute, string RouteGroup, string Instance,
    IReadOnlyList<long> Histogram, long Requests, long ServerErrors);

/// <summary>Every instance's traffic over a period, summed: requests and the histogram, open bucket last.</summary>
public sealed record TrafficSums(long Requests, IReadOnlyList<long> Buckets);

/// <summary>
/// <c>marketplace_request_metrics</c>, an Infrastructure record behind a port of its own. The Api adds its counters
/// here, outside any command, so the store saves by itself; the readiness signals read the sums.
/// </summary>
public interface IRequestMetricsStore
{
    Task AddAsync(IReadOnlyCollection<RequestMetricCounts> counts, CancellationToken cancellationToken);

    /// <summary>The rows from <paramref name="since"/> on, summed by the database in one aggregate query (null when there are none).</summary>
    Task<TrafficSums?> SumSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
