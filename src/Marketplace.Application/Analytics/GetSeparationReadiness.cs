using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Users;

namespace Marketplace.Application.Analytics;

/// <summary>Admin: the seed's five signals for moving the marketplace out of VibeLux, and a recommendation (ADR 14).</summary>
[AuthorizeRequest(Roles.Admin)]
[NoInput]
public sealed record GetSeparationReadinessQuery : IQuery<SeparationReadinessResponse>;

/// <summary>One readiness signal: a measured value against its threshold.</summary>
/// <param name="Value">The measured value; null when it cannot be measured (not configured).</param>
/// <param name="Threshold">The value above which the signal counts as met.</param>
/// <param name="Met">The value is over the threshold.</param>
/// <param name="Unit">What the value counts: `percent`, `USD`, `users`, `ms` or `features`.</param>
public sealed record Signal(decimal? Value, decimal Threshold, bool Met, string Unit);

/// <summary>Whether the marketplace has grown enough to run as its own platform, by the five signals.</summary>
/// <param name="TrafficShare">The marketplace's share of VibeLux traffic, in percent.</param>
/// <param name="MonthlyPlatformRevenue">Commission earned over the last 30 days, in dollars.</param>
/// <param name="ActiveUsers">Users active over the last 30 days.</param>
/// <param name="P95LatencyMs">95th-percentile response time of marketplace requests, in ms.</param>
/// <param name="FeatureDivergence">Features the marketplace needs that VibeLux core does not share.</param>
/// <param name="SignalsMet">How many of the five signals are met.</param>
/// <param name="Recommendation">What the signals suggest: `monolithic`, `microservice` or `standalone`.</param>
/// <param name="DivergentFeatures">The names of those divergent features.</param>
public sealed record SeparationReadinessResponse(
    Signal TrafficShare, Signal MonthlyPlatformRevenue, Signal ActiveUsers, Signal P95LatencyMs, Signal FeatureDivergence,
    int SignalsMet, string Recommendation, IReadOnlyList<string> DivergentFeatures)
{
    /// <summary>What the signals met recommend, from 0–1 to 4–5 (ADR 14).</summary>
    public static readonly IReadOnlyList<string> Recommendations = ["monolithic", "microservice", "standalone"];
}

public sealed class GetSeparationReadinessHandler(IMarketplaceDbContext db, IRequestMetricsStore metrics, SeparationSettings settings, TimeProvider clock)
    : IQueryHandler<GetSeparationReadinessQuery, SeparationReadinessResponse>
{
    public async ValueTask<SeparationReadinessResponse> Handle(GetSeparationReadinessQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var monthAgo = now.AddDays(-30);
        var dayAgo = now.AddDays(-1);

        var traffic = await metrics.SumSinceAsync(dayAgo, cancellationToken);
        var requestsPerDay = traffic?.Requests ?? 0;
        decimal? share = settings.CoreRequestsPerDay is > 0 and var core ? Math.Round(requestsPerDay * 100m / (requestsPerDay + core), 1) : null;

        var revenue = await db.Orders.Where(o => o.PaidAt != null && o.PaidAt >= monthAgo)
            .SumAsync(o => o.PlatformFee - o.PlatformFeeRefunded, cancellationToken);
        var buyers = await db.Orders.Where(o => o.CreatedAt >= monthAgo).Select(o => o.BuyerId).Distinct().ToListAsync(cancellationToken);
        var growers = await db.Listings.Where(l => l.UpdatedAt >= monthAgo).Select(l => l.GrowerId).Distinct().ToListAsync(cancellationToken);
        var activeUsers = buyers.Union(growers).Count();
        var p95 = traffic is null ? null : Percentile(traffic.Buckets, 0.95);

        var signals = new[]
        {
            new Signal(share, 30, share > 30, "percent"),
            new Signal(revenue / 100m, 100_000, revenue > 100_000_00, "USD"),
            new Signal(activeUsers, 1000, activeUsers > 1000, "users"),
            new Signal(p95, 250, p95 > 250, "ms"),
            new Signal(settings.DivergentFeatures, 3, settings.DivergentFeatures >= 3, "features"),
        };
        var met = signals.Count(s => s.Met);
        var recommendation = met switch { <= 1 => SeparationReadinessResponse.Recommendations[0], <= 3 => SeparationReadinessResponse.Recommendations[1], _ => SeparationReadinessResponse.Recommendations[2] };
        return new SeparationReadinessResponse(signals[0], signals[1], signals[2], signals[3], signals[4], met, recommendation,
            settings.DivergentFeatureNames);
    }

    /// <summary>The upper bound of the bucket holding the given quantile of all requests (null without traffic).</summary>
    private static decimal? Percentile(IReadOnlyList<long> buckets, double quantile)
    {
        var total = buckets.Sum();
        if (total == 0) return null;
        var rank = (long)Math.Ceiling(total * quantile);
        long seen = 0;
        for (var i = 0; i < buckets.Count; i++)
        {
            seen += buckets[i];
            if (seen >= rank) return i < RequestHistogram.BucketBoundsMs.Length ? RequestHistogram.BucketBoundsMs[i] : RequestHistogram.OpenBucketMs;
        }
        return RequestHistogram.OpenBucketMs;
    }
}
