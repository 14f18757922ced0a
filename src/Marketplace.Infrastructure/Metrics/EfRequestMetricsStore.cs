using Marketplace.Application.Analytics;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Metrics;

/// <summary>Adds the counts to the row of their minute, route group and instance, creating it the first time; sums a day's rows in one query.</summary>
internal sealed class EfRequestMetricsStore(MarketplaceDbContext db) : IRequestMetricsStore
{
    public async Task AddAsync(IReadOnlyCollection<RequestMetricCounts> counts, CancellationToken cancellationToken)
    {
        if (counts.Count == 0) return;
        foreach (var c in counts)
        {
            var row = await db.RequestMetrics.FirstOrDefaultAsync(m => m.Minute == c.Minute && m.RouteGroup == c.RouteGroup && m.Instance == c.Instance, cancellationToken);
            if (row is null)
            {
                row = new RequestMetric { Minute = c.Minute, RouteGroup = c.RouteGroup, Instance = c.Instance };
                db.RequestMetrics.Add(row);
            }
            row.AddToHistogram(c.Histogram);
            row.Requests += c.Requests;
            row.ServerErrors += c.ServerErrors;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<TrafficSums?> SumSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var sums = await db.RequestMetrics.AsNoTracking().Where(m => m.Minute >= since)
            .GroupBy(m => 1)
            .Select(g => new
            {
                Requests = g.Sum(m => m.Requests),
                B0 = g.Sum(m => m.UpTo5Ms), B1 = g.Sum(m => m.UpTo10Ms), B2 = g.Sum(m => m.UpTo25Ms), B3 = g.Sum(m => m.UpTo50Ms),
                B4 = g.Sum(m => m.UpTo100Ms), B5 = g.Sum(m => m.UpTo250Ms), B6 = g.Sum(m => m.UpTo500Ms), B7 = g.Sum(m => m.UpTo1000Ms),
                B8 = g.Sum(m => m.UpTo2500Ms), B9 = g.Sum(m => m.Over2500Ms),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return sums is null ? null : new TrafficSums(sums.Requests, [sums.B0, sums.B1, sums.B2, sums.B3, sums.B4, sums.B5, sums.B6, sums.B7, sums.B8, sums.B9]);
    }
}
