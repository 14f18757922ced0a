using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Analytics;

public abstract class DashboardTests(ApiFactory api) : ApiTestBase(api)
{
    /// <summary>
    /// Hand-computed fixture (2450 a case, 10+ cases 5 % off, delivery 1500, fee 5 %):
    /// A buyer-1 10 cases delivered, total 24775, fee 1164, refunded 5000 (fee share 235);
    /// B buyer-1 2 cases pickup delivered, total 4900, fee 245, refunded in full;
    /// C buyer-2 4 cases pickup paid, total 9800, fee 490; D buyer-2 2 cases unpaid.
    /// </summary>
    [SkippableFact]
    public async Task Dashboard_MatchesTheHandComputedFixture()
    {
        var grower = await NewGrowerAsync();
        var buyer1 = await NewBuyerAsync("buyer-1");
        var buyer2 = await NewBuyerAsync("buyer-2");
        var listing = await CreateListingAsync(grower.Client, b => b["lowStockThreshold"] = 105);

        var a = await PlaceOrderAsync(buyer1.Client, Id(listing), 10);
        await DeliverAsync(grower, buyer1, a);
        await Act(grower.Client, a, "refunds", body: new { amount = new { amount = 5000, currency = "USD" }, reason = "bruised" });
        await Act(buyer1.Client, a, "review", body: new { rating = 5 });
        var b = await PlaceOrderAsync(buyer1.Client, Id(listing), 2, "pickup");
        await DeliverAsync(grower, buyer1, b);
        await Act(grower.Client, b, "refunds", body: new { reason = "wrong variety" });
        await PlaceOrderAsync(buyer2.Client, Id(listing), 4, "pickup");
        Api.AutoConfirmPayments(false);
        await PlaceOrderAsync(buyer2.Client, Id(listing), 2, "pickup");

        var d = await Expect(await grower.Client.GetAsync(Url("/analytics/dashboard?period=month")), HttpStatusCode.OK);

        Assert.Equal("month", d["period"]!.GetValue<string>());
        Assert.Equal(29575, Amount(d["revenue"]!["gross"]));
        Assert.Equal(1419, Amount(d["revenue"]!["platformFees"]));
        Assert.Equal(28156, Amount(d["revenue"]!["net"]));
        Assert.Equal(4, d["orders"]!["total"]!.GetValue<int>());
        Assert.Equal(1, d["orders"]!["byStatus"]!["delivered"]!.GetValue<int>());
        Assert.Equal(1, d["orders"]!["byStatus"]!["refunded"]!.GetValue<int>());
        Assert.Equal(1, d["orders"]!["byStatus"]!["pending"]!.GetValue<int>());
        Assert.Equal(1, d["orders"]!["byStatus"]!["pending_payment"]!.GetValue<int>());
        Assert.Equal(9858, Amount(d["averageOrderValue"]));
        Assert.Null(d["growthPercent"]);
        Assert.Equal(50.0m, d["repeatBuyerRate"]!.GetValue<decimal>());
        Assert.Equal(1, d["activeListings"]!.GetValue<int>());
        Assert.Equal(5.0, d["averageRating"]!.GetValue<double>());
        Assert.Equal(1, d["reviewCount"]!.GetValue<int>());

        var top = d["topProducts"]!.AsArray().Single()!;
        Assert.Equal(16m, top["quantity"]!.GetValue<decimal>());
        Assert.Equal(37975, Amount(top["revenue"]));

        var low = d["lowStock"]!.AsArray().Single()!;
        Assert.Equal(102m, low["available"]!.GetValue<decimal>());
        Assert.Equal(255.0m, low["daysOfStock"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task MarketplaceAnalytics_SumsEveryGrowersPaidOrders_ForAdminsOnly()
    {
        var grower = await NewGrowerAsync();
        var other = await NewGrowerAsync("grower-2", "Other Farm");
        var buyer1 = await NewBuyerAsync("buyer-1");
        var buyer2 = await NewBuyerAsync("buyer-2");
        var a = await PlaceOrderAsync(buyer1.Client, Id(await CreateListingAsync(grower.Client)), 10);   // 24775, fee 1164
        await PlaceOrderAsync(buyer2.Client, Id(await CreateListingAsync(other.Client)), 2, "pickup");  // 4900, fee 245
        await Act(buyer1.Client, a, "cancel", body: new { reason = "duplicate" });                      // fully refunded

        var m = await Expect(await As("ops", "admin").GetAsync(Url("/analytics/marketplace?period=week")), HttpStatusCode.OK);

        Assert.Equal(4900, Amount(m["gmv"]));
        Assert.Equal(245, Amount(m["platformRevenue"]));
        Assert.Equal(2, m["orders"]!.GetValue<int>());
        Assert.Equal(2, m["paidOrders"]!.GetValue<int>());
        Assert.Equal(2, m["activeGrowers"]!.GetValue<int>());
        Assert.Equal(2, m["activeBuyers"]!.GetValue<int>());
        Assert.Equal(2, m["activeListings"]!.GetValue<int>());
        await ExpectProblem(await grower.Client.GetAsync(Url("/analytics/marketplace")), HttpStatusCode.Forbidden, "role_required");
    }

    [SkippableFact]
    public async Task Dashboard_NeedsTheGrowerRole_AndAKnownPeriod()
    {
        await ExpectProblem(await As("b", "buyer").GetAsync(Url("/analytics/dashboard")), HttpStatusCode.Forbidden, "role_required");
        await ExpectProblem(await As("g", "grower").GetAsync(Url("/analytics/dashboard?period=decade")), HttpStatusCode.BadRequest, "validation_failed");
        var empty = await Expect(await As("g", "grower").GetAsync(Url("/analytics/dashboard?period=week")), HttpStatusCode.OK);
        Assert.Equal(0, Amount(empty["revenue"]!["gross"]));
    }

    private async Task DeliverAsync(Grower grower, Buyer buyer, JsonNode order)
    {
        await Act(grower.Client, order, "confirm");
        await Act(grower.Client, order, "ship");
        await Act(buyer.Client, order, "deliver");
    }

    private static long Amount(JsonNode? money) => money!["amount"]!.GetValue<long>();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDashboardTests(SqliteApiFactory api) : DashboardTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDashboardTests(PostgresApiFactory api) : DashboardTests(api);
