namespace Marketplace.Application.Analytics;

/// <summary>One minute of one route group's traffic counted by one instance, histogram in <see cref="RequestMetric.BucketBoundsMs"/> order.</summary>
public sealed record RequestMetricCounts(DateTimeOffset Minute, string RouteGroup, string Instance,
    IReadOnlyList<long> Histogram, long Requests, long ServerErrors);

/// <summary>
/// Where the Api's request counters are added to <c>marketplace_request_metrics</c>. Outside any command, so it
/// saves by itself; implemented in Infrastructure.
/// </summary>
public interface IRequestMetricsStore
{
    Task AddAsync(IReadOnlyCollection<RequestMetricCounts> counts, CancellationToken cancellationToken);
}
