using Marketplace.Application.Listings;
using Marketplace.Application.Users;

namespace Marketplace.Application.Analytics;

/// <summary>A grower's figures over a rolling period ending now, each computed by aggregate queries.</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record GetGrowerDashboardQuery(string? Period) : IQuery<DashboardResponse>;

/// <summary>A grower's takings over the period, from paid orders.</summary>
/// <param name="Gross">What buyers paid for the grower's orders.</param>
/// <param name="PlatformFees">The marketplace's commission on them.</param>
/// <param name="Net">What the grower keeps: gross less platform fees.</param>
public sealed record RevenueFigures(Money Gross, Money PlatformFees, Money Net);

/// <summary>A grower's orders over the period.</summary>
/// <param name="Total">Orders placed with the grower.</param>
/// <param name="ByStatus">Those orders counted by their status now.</param>
public sealed record OrderFigures(int Total, IReadOnlyDictionary<string, int> ByStatus);

/// <summary>One of the grower's best sellers over the period.</summary>
/// <param name="ListingId">The listing.</param>
/// <param name="Title">The listing's title.</param>
/// <param name="Quantity">Units sold.</param>
/// <param name="Revenue">What those units brought in.</param>
public sealed record TopProduct(Guid ListingId, string Title, decimal Quantity, Money Revenue);

/// <summary>A listing running low: available at or under its low-stock threshold.</summary>
/// <param name="ListingId">The listing.</param>
/// <param name="Title">The listing's title.</param>
/// <param name="Available">Units buyers can still order.</param>
/// <param name="Threshold">The grower's low-stock threshold.</param>
/// <param name="DaysOfStock">Days until sold out at the last 30 days' sales rate; null when nothing sold.</param>
public sealed record LowStockItem(Guid ListingId, string Title, decimal Available, decimal Threshold, decimal? DaysOfStock);

/// <summary>A grower's sales figures for one period.</summary>
/// <param name="Period">The period the figures cover (`week`, `month`, `quarter` or `year`).</param>
/// <param name="From">Start of the period (UTC).</param>
/// <param name="To">End of the period (UTC).</param>
/// <param name="Revenue">Takings from paid orders.</param>
/// <param name="Orders">Orders placed.</param>
/// <param name="AverageOrderValue">Gross revenue per paid order.</param>
/// <param name="GrowthPercent">Change in gross revenue against the period before, in percent; null when that period had none.</param>
/// <param name="ActiveListings">Listings on the board now.</param>
/// <param name="AverageRating">Average review rating, 1–5 (0 before the first review).</param>
/// <param name="ReviewCount">Reviews received in all.</param>
/// <param name="RepeatBuyerRate">Percent of the period's paying buyers who paid for more than one order.</param>
/// <param name="TopProducts">The five listings that brought in most.</param>
/// <param name="LowStock">Active listings at or under their low-stock threshold.</param>
public sealed record DashboardResponse(
    string Period,
    DateTimeOffset From,
    DateTimeOffset To,
    RevenueFigures Revenue,
    OrderFigures Orders,
    Money AverageOrderValue,
    decimal? GrowthPercent,
    int ActiveListings,
    double AverageRating,
    int ReviewCount,
    decimal RepeatBuyerRate,
    IReadOnlyList<TopProduct> TopProducts,
    IReadOnlyList<LowStockItem> LowStock);

public sealed class GetGrowerDashboardValidator : AbstractValidator<GetGrowerDashboardQuery>
{
    public GetGrowerDashboardValidator() =>
        RuleFor(q => q.Period).Must(p => DashboardPeriods.TryGet(p, out _)).When(q => q.Period is not null)
            .WithMessage("Must be week, month, quarter or year.");
}

public static class DashboardPeriods
{
    /// <summary>The periods <see cref="TryGet"/> knows, as clients spell them.</summary>
    public static readonly IReadOnlyList<string> Names = ["week", "month", "quarter", "year"];

    public static bool TryGet(string? name, out TimeSpan length)
    {
        length = name switch
        {
            "week" => TimeSpan.FromDays(7),
            "month" or null => TimeSpan.FromDays(30),
            "quarter" => TimeSpan.FromDays(90),
            "year" => TimeSpan.FromDays(365),
            _ => TimeSpan.Zero,
        };
        return length > TimeSpan.Zero;
    }
}

public sealed class GetGrowerDashboardHandler(UserDirectory users, DashboardQueries queries, MarketplaceCurrency currency, TimeProvider clock)
    : IQueryHandler<GetGrowerDashboardQuery, DashboardResponse>
{
    public async ValueTask<DashboardResponse> Handle(GetGrowerDashboardQuery query, CancellationToken cancellationToken)
    {
        var growerId = await users.FindCallerIdAsync(cancellationToken) ?? Guid.Empty;
        DashboardPeriods.TryGet(query.Period, out var length);
        var to = clock.GetUtcNow();
        var from = to - length;

        var current = await queries.RevenueAsync(growerId, from, to, cancellationToken);
        var previous = await queries.RevenueAsync(growerId, from - length, from, cancellationToken);
        var byStatus = await queries.OrdersByStatusAsync(growerId, from, to, cancellationToken);
        var (rating, reviews) = await queries.RatingAsync(growerId, cancellationToken);

        Money M(long amount) => new(amount, currency.Code);
        return new DashboardResponse(query.Period ?? "month", from, to,
            new RevenueFigures(M(current.Gross), M(current.Fees), M(current.Gross - current.Fees)),
            new OrderFigures(byStatus.Values.Sum(), byStatus),
            M(current.PaidOrders == 0 ? 0 : (long)Math.Round((decimal)current.Gross / current.PaidOrders, MidpointRounding.AwayFromZero)),
            previous.Gross == 0 ? null : Math.Round((decimal)(current.Gross - previous.Gross) * 100 / previous.Gross, 1),
            await queries.ActiveListingsAsync(growerId, cancellationToken),
            rating, reviews,
            await queries.RepeatBuyerRateAsync(growerId, from, to, cancellationToken),
            await queries.TopProductsAsync(growerId, from, to, currency.Code, cancellationToken),
            await queries.LowStockAsync(growerId, to, cancellationToken));
    }
}
