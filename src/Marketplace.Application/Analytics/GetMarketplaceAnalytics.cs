using Marketplace.Application.Listings;
using Marketplace.Application.Users;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Analytics;

/// <summary>Admin: the whole marketplace over a rolling period ending now, by aggregate queries.</summary>
[AuthorizeRequest(Roles.Admin)]
public sealed record GetMarketplaceAnalyticsQuery(string? Period) : IQuery<MarketplaceAnalyticsResponse>;

/// <summary>The whole marketplace's figures for one period (admins).</summary>
/// <param name="Period">The period the figures cover (`week`, `month`, `quarter` or `year`).</param>
/// <param name="From">Start of the period (UTC).</param>
/// <param name="To">End of the period (UTC).</param>
/// <param name="Gmv">Gross merchandise value: what buyers paid for orders.</param>
/// <param name="PlatformRevenue">The marketplace's commissions.</param>
/// <param name="Orders">Orders placed.</param>
/// <param name="PaidOrders">Orders paid for.</param>
/// <param name="ActiveGrowers">Growers with an active listing.</param>
/// <param name="ActiveBuyers">Buyers who placed an order in the period.</param>
/// <param name="ActiveListings">Listings on the board now.</param>
public sealed record MarketplaceAnalyticsResponse(
    string Period, DateTimeOffset From, DateTimeOffset To,
    Money Gmv, Money PlatformRevenue, int Orders, int PaidOrders, int ActiveGrowers, int ActiveBuyers, int ActiveListings);

public sealed class GetMarketplaceAnalyticsValidator : AbstractValidator<GetMarketplaceAnalyticsQuery>
{
    public GetMarketplaceAnalyticsValidator() =>
        RuleFor(q => q.Period).Must(p => DashboardPeriods.TryGet(p, out _)).When(q => q.Period is not null)
            .WithMessage("Must be week, month, quarter or year.");
}

public sealed class GetMarketplaceAnalyticsHandler(IMarketplaceDbContext db, MarketplaceCurrency currency, TimeProvider clock)
    : IQueryHandler<GetMarketplaceAnalyticsQuery, MarketplaceAnalyticsResponse>
{
    public async ValueTask<MarketplaceAnalyticsResponse> Handle(GetMarketplaceAnalyticsQuery query, CancellationToken cancellationToken)
    {
        DashboardPeriods.TryGet(query.Period, out var length);
        var to = clock.GetUtcNow();
        var from = to - length;

        var paid = db.Orders.AsNoTracking().Where(o => o.PaidAt != null && o.PaidAt >= from && o.PaidAt < to);
        var totals = await paid.GroupBy(_ => 1)
            .Select(g => new { Gmv = g.Sum(o => o.AmountPaid - o.AmountRefunded), Fees = g.Sum(o => o.PlatformFee - o.PlatformFeeRefunded), Count = g.Count() })
            .FirstOrDefaultAsync(cancellationToken);
        var placed = await db.Orders.CountAsync(o => o.CreatedAt >= from && o.CreatedAt < to, cancellationToken);
        var buyers = await db.Orders.Where(o => o.CreatedAt >= from && o.CreatedAt < to).Select(o => o.BuyerId).Distinct().CountAsync(cancellationToken);
        var active = db.Listings.Where(l => l.Status == ListingStatus.Active);
        var growers = await active.Select(l => l.GrowerId).Distinct().CountAsync(cancellationToken);
        var listings = await active.CountAsync(cancellationToken);

        return new MarketplaceAnalyticsResponse(query.Period ?? "month", from, to,
            new Money(totals?.Gmv ?? 0, currency.Code), new Money(totals?.Fees ?? 0, currency.Code), placed, totals?.Count ?? 0, growers, buyers, listings);
    }
}
