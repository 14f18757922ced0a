using Marketplace.Application.Analytics;

namespace Marketplace.Infrastructure.Metrics;

/// <summary>
/// One minute of one route group's traffic on one API instance: count, errors and a latency histogram with one
/// integer column per bucket (<see cref="RequestHistogram.BucketBoundsMs"/>), so the database can sum a day of rows and
/// the percentile is read from the sums. An Infrastructure record behind <see cref="IRequestMetricsStore"/>.
/// </summary>
public sealed class RequestMetric
{
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

    /// <summary>Adds counts given in <see cref="RequestHistogram.BucketBoundsMs"/> order, the open bucket last.</summary>
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
