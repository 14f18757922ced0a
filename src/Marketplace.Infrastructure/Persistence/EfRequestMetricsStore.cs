using Marketplace.Application.Analytics;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>Adds the counts to the row of their minute, route group and instance, creating it the first time.</summary>
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
}
