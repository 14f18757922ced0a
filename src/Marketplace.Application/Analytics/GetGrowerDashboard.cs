using FluentValidation;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Listings;
using Marketplace.Application.Users;
using Marketplace.Domain.Common;
using Mediator;

namespace Marketplace.Application.Analytics;

/// <summary>A grower's figures over a rolling period ending now, each computed by aggregate queries.</summary>
public sealed record GetGrowerDashboardQuery(string? Period) : IQuery<DashboardResponse>;

public sealed record RevenueFigures(Money Gross, Money PlatformFees, Money Net);

public sealed record OrderFigures(int Total, IReadOnlyDictionary<string, int> ByStatus);

public sealed record TopProduct(Guid ListingId, string Title, decimal Quantity, Money Revenue);

public sealed record LowStockItem(Guid ListingId, string Title, decimal Available, decimal Threshold, decimal? DaysOfStock);

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
        users.RequireRole(Roles.Grower);
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
