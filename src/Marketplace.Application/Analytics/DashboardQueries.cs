using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Analytics;

internal sealed record RevenueTotals(long Gross, long Fees, int PaidOrders);

/// <summary>The dashboard's aggregates; each is one query that the database sums, counts or groups.</summary>
public sealed class DashboardQueries(IMarketplaceDbContext db)
{
    private IQueryable<Order> PaidBetween(Guid growerId, DateTimeOffset from, DateTimeOffset to) =>
        db.Orders.AsNoTracking().Where(o => o.GrowerId == growerId && o.PaidAt != null && o.PaidAt >= from && o.PaidAt < to);

    /// <summary>Gross is what buyers paid less refunds; fees are the platform's less the share refunds returned.</summary>
    internal async Task<RevenueTotals> RevenueAsync(Guid growerId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var totals = await PaidBetween(growerId, from, to)
            .GroupBy(_ => 1)
            .Select(g => new RevenueTotals(g.Sum(o => o.AmountPaid - o.AmountRefunded), g.Sum(o => o.PlatformFee - o.PlatformFeeRefunded), g.Count()))
            .FirstOrDefaultAsync(ct);
        return totals ?? new RevenueTotals(0, 0, 0);
    }

    internal async Task<IReadOnlyDictionary<string, int>> OrdersByStatusAsync(Guid growerId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var counts = await db.Orders.AsNoTracking()
            .Where(o => o.GrowerId == growerId && o.CreatedAt >= from && o.CreatedAt < to)
            .GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.ToDictionary(c => EnumCode<OrderStatus>.ToCode(c.Key), c => c.Count);
    }

    internal async Task<(double Rating, int Reviews)> RatingAsync(Guid growerId, CancellationToken ct)
    {
        var profile = await db.Users.AsNoTracking().Where(u => u.Id == growerId && u.GrowerProfile != null)
            .Select(u => new { u.GrowerProfile!.RatingTotal, u.GrowerProfile.ReviewCount }).FirstOrDefaultAsync(ct);
        return profile is null || profile.ReviewCount == 0 ? (0, 0) : (Math.Round((double)profile.RatingTotal / profile.ReviewCount, 2), profile.ReviewCount);
    }

    internal Task<int> ActiveListingsAsync(Guid growerId, CancellationToken ct) =>
        db.Listings.CountAsync(l => l.GrowerId == growerId && l.Status == ListingStatus.Active, ct);

    /// <summary>Percentage of the period's paying buyers who paid for more than one order in it.</summary>
    internal async Task<decimal> RepeatBuyerRateAsync(Guid growerId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var perBuyer = await PaidBetween(growerId, from, to).GroupBy(o => o.BuyerId).Select(g => g.Count()).ToListAsync(ct);
        return perBuyer.Count == 0 ? 0 : Math.Round(perBuyer.Count(c => c > 1) * 100m / perBuyer.Count, 1);
    }

    internal async Task<IReadOnlyList<TopProduct>> TopProductsAsync(Guid growerId, DateTimeOffset from, DateTimeOffset to, string currency, CancellationToken ct)
    {
        var products = await PaidBetween(growerId, from, to)
            .SelectMany(o => o.Lines)
            .GroupBy(l => l.ListingId)
            .Select(g => new { ListingId = g.Key, Title = g.Max(l => l.Title), Quantity = g.Sum(l => (double)l.Quantity), Revenue = g.Sum(l => l.LineTotal) })
            .OrderByDescending(p => p.Revenue).Take(5).ToListAsync(ct);
        return products.ConvertAll(p => new TopProduct(p.ListingId, p.Title ?? "", Math.Round((decimal)p.Quantity, 3), new Money(p.Revenue, currency)));
    }

    /// <summary>Listings at or below their threshold, with days of stock left at the last 30 days' rate of sale.</summary>
    internal async Task<IReadOnlyList<LowStockItem>> LowStockAsync(Guid growerId, DateTimeOffset now, CancellationToken ct)
    {
        var low = await db.Listings.AsNoTracking()
            .Where(l => l.GrowerId == growerId && l.Status != ListingStatus.Archived && l.Status != ListingStatus.Draft
                && l.OnHand - l.Reserved <= l.LowStockThreshold)
            .Select(l => new { l.Id, l.Title, Available = l.OnHand - l.Reserved, l.LowStockThreshold })
            .ToListAsync(ct);
        if (low.Count == 0) return [];

        var ids = low.ConvertAll(l => l.Id);
        var since = now.AddDays(-30);
        var sold = await db.StockMovements.AsNoTracking()
            .Where(m => ids.Contains(m.ListingId) && m.Kind == StockMovementKind.Sold && m.At >= since)
            .GroupBy(m => m.ListingId).Select(g => new { g.Key, Sold = g.Sum(m => -(double)m.Quantity) }).ToListAsync(ct);
        var perDay = sold.ToDictionary(s => s.Key, s => (decimal)s.Sold / 30);

        return low.OrderBy(l => l.Available).Select(l => new LowStockItem(l.Id, l.Title, l.Available, l.LowStockThreshold,
            perDay.TryGetValue(l.Id, out var rate) && rate > 0 ? Math.Round(l.Available / rate, 1) : null)).ToList();
    }
}
