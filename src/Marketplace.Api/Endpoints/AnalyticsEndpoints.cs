using Marketplace.Application.Analytics;
using System.ComponentModel;
using Mediator;

namespace Marketplace.Api.Endpoints;

internal static class AnalyticsEndpoints
{
    public static void MapAnalytics(this RouteGroupBuilder api)
    {
        api.MapGet("/analytics/dashboard", async ([Description("The rolling period the figures cover, ending now: `week`, `month` (default), `quarter` or `year`.")] string? period, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetGrowerDashboardQuery(period), ct)))
            .WithTags("Analytics").RequireAuthorization()
            .Describe("GetGrowerDashboard", "My grower dashboard",
                "Grower. A rolling `period` ending now: `week`, `month` (default, 30 days), `quarter` (90) or `year` (365). " +
                "`revenue.gross` is what buyers paid for orders paid in the period less refunds; `platformFees` is the " +
                "platform's fee less the share refunds returned (pro rata; all of it for a full refund); `net` = gross − fees. " +
                "`orders` counts orders placed in the period by status; `growthPercent` compares gross with the previous " +
                "period (null when that was 0); `repeatBuyerRate` is the percentage of paying buyers with more than one " +
                "paid order; `lowStock` lists listings at or below their threshold with days of stock at the last 30 days' sales rate.")
            .Produces<DashboardResponse>().ProducesProblems(400, 401, 403);

        api.MapGet("/analytics/marketplace", async ([Description("The rolling period the figures cover, ending now: `week`, `month` (default), `quarter` or `year`.")] string? period, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMarketplaceAnalyticsQuery(period), ct)))
            .WithTags("Analytics").RequireAuthorization()
            .Describe("GetMarketplaceAnalytics", "Marketplace figures",
                "Admin. Over a rolling `period` ending now (`week`, `month` default, `quarter`, `year`): GMV (paid less refunded, " +
                "for orders paid in the period), platform revenue (fees less the share refunds returned), orders placed and paid, " +
                "growers with active listings, buyers who ordered, and active listings.")
            .Produces<MarketplaceAnalyticsResponse>().ProducesProblems(400, 401, 403);

        api.MapGet("/analytics/separation-readiness", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSeparationReadinessQuery(), ct)))
            .WithTags("Analytics").RequireAuthorization()
            .Describe("GetSeparationReadiness", "Is it time to separate?",
                "Admin. Five signals, each `{ value, threshold, met }`: the marketplace's share of traffic over the last day (> 30 %; " +
                "`value` null unless `Marketplace:Integration:CoreRequestsPerDay` is set), platform revenue over 30 days (> $100k), " +
                "active users over 30 days (> 1000), p95 latency over the last day from every instance's per-minute histograms " +
                "(> 250 ms), and features configured that VibeLux core does not share (≥ 3). Recommendation: 0–1 met → " +
                "`monolithic`, 2–3 → `microservice`, 4–5 → `standalone` (ADR 14).")
            .Produces<SeparationReadinessResponse>().ProducesProblems(401, 403);
    }
}
