using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Carts;

public abstract class CheckoutTests(ApiFactory api) : ApiTestBase(api)
{
    private static readonly JsonObject Pickup = new() { ["deliveryMethod"] = "pickup" };

    private async Task<(Buyer Buyer, JsonNode[] Listings)> ThreeGrowerCartAsync()
    {
        var listings = new List<JsonNode>();
        var prices = new[] { 2450L, 800L, 1200L };
        for (var i = 0; i < 3; i++)
        {
            var grower = await NewGrowerAsync($"grower-{i + 1}", $"Farm {i + 1}");
            listings.Add(await CreateListingAsync(grower.Client, b =>
            {
                b["title"] = $"Produce {i + 1}";
                b["unitPrice"] = new JsonObject { ["amount"] = prices[i], ["currency"] = "USD" };
            }));
        }
        var buyer = await NewBuyerAsync();
        await SetLine(buyer.Client, Id(listings[0]), 10);
        await SetLine(buyer.Client, Id(listings[1]), 3);
        await SetLine(buyer.Client, Id(listings[2]), 4);
        return (buyer, listings.ToArray());
    }

    [SkippableFact]
    public async Task Checkout_ThreeGrowers_PlacesOneOrderEachWithOnePaymentAndEmptiesTheCart()
    {
        var (buyer, listings) = await ThreeGrowerCartAsync();
        var cart = await Expect(await buyer.Client.GetAsync(Url("/cart?deliveryMethod=pickup")), HttpStatusCode.OK);
        var body = Pickup.DeepClone().AsObject();
        body["expectedTotal"] = cart["total"]!.DeepClone();

        var response = await PostJson(buyer.Client, Url("/cart/checkout"), body);
        var placed = await Expect(response, HttpStatusCode.Created);

        var group = placed["group"]!;
        Assert.Equal(Url($"/order-groups/{Id(group)}"), response.Headers.Location?.OriginalString);
        var orders = group["orders"]!.AsArray();
        Assert.Equal(3, orders.Count);
        // Subtotals: 10 × 2450 less 5 % = 23275; 3 × 800 = 2400; 4 × 1200 = 4800. Fee 5 %, rounded half away from zero.
        Assert.Equal([23275L, 2400L, 4800L], orders.Select(o => o!["subtotal"]!["amount"]!.GetValue<long>()));
        Assert.Equal([1164L, 120L, 240L], orders.Select(o => o!["platformFee"]!["amount"]!.GetValue<long>()));
        Assert.Equal([22111L, 2280L, 4560L], orders.Select(o => o!["growerPayout"]!["amount"]!.GetValue<long>()));
        Assert.Equal(listings.Select(Id), orders.Select(o => o!["lines"]![0]!["listingId"]!.GetValue<string>()));
        Assert.All(orders, o => Assert.Equal("pending", o!["status"]!.GetValue<string>()));
        Assert.Equal(30475, group["total"]!["amount"]!.GetValue<long>());
        Assert.Equal("succeeded", placed["payment"]!["status"]!.GetValue<string>());
        Assert.Empty((await Expect(await buyer.Client.GetAsync(Url("/cart")), HttpStatusCode.OK))["lines"]!.AsArray());
        Assert.Equal(10m, (await GetListingAsync(Id(listings[0])))["stock"]!["reserved"]!.GetValue<decimal>());

        var seen = await Expect(await buyer.Client.GetAsync(Url($"/order-groups/{Id(group)}")), HttpStatusCode.OK);
        Assert.Equal(orders.Select(o => Id(o!)), seen["orders"]!.AsArray().Select(o => Id(o!)));
        await Expect(await As("admin-1", "admin").GetAsync(Url($"/order-groups/{Id(group)}")), HttpStatusCode.OK);
        await ExpectProblem(await As("grower-1", "grower").GetAsync(Url($"/order-groups/{Id(group)}")), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await (await NewBuyerAsync("buyer-2")).Client.GetAsync(Url($"/order-groups/{Id(group)}")), HttpStatusCode.NotFound, "not_found");

        // The simulated provider pays every grower by a transfer of its own, once, through the outbox.
        await DispatchOutboxAsync();
        await DispatchOutboxAsync();
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var groupId = Guid.Parse(Id(group));
        var transfers = await db.Orders.AsNoTracking().Where(o => o.OrderGroupId == groupId).Select(o => o.TransferReference).ToListAsync();
        Assert.Equal(3, transfers.Count);
        Assert.All(transfers, t => Assert.StartsWith("sim_tr_", t, StringComparison.Ordinal));
        Assert.Equal(3, transfers.Distinct().Count());

        // The buyer hears once for the group (placed, paid); each grower hears about its own order.
        var mails = Directory.GetFiles(Api.MailDirectory, "*.eml").Select(File.ReadAllText).ToList();
        Assert.Single(mails, m => m.Contains("3 orders placed", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains("Payment received for your 3 orders", StringComparison.Ordinal));
        Assert.DoesNotContain(mails, m => m.Contains("Subject: Order MKT-", StringComparison.Ordinal) && m.Contains(" placed", StringComparison.Ordinal));
        Assert.Equal(3, mails.Count(m => m.Contains("confirm within 24 hours", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task Checkout_AfterAPriceEdit_Returns409CartChangedAndReservesNothing()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        await SetLine(buyer.Client, Id(listing), 4);
        var seen = (await Expect(await buyer.Client.GetAsync(Url("/cart?deliveryMethod=pickup")), HttpStatusCode.OK))["total"]!;
        var update = Bodies.ListingUpdate();
        update["unitPrice"] = new JsonObject { ["amount"] = 2600, ["currency"] = "USD" };
        await Expect(await PutJson(grower.Client, Url($"/listings/{Id(listing)}"), update), HttpStatusCode.OK);

        var body = Pickup.DeepClone().AsObject();
        body["expectedTotal"] = seen.DeepClone();
        await ExpectProblem(await PostJson(buyer.Client, Url("/cart/checkout"), body), HttpStatusCode.Conflict, "cart_changed");

        Assert.Equal(0m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
        Assert.Single((await Expect(await buyer.Client.GetAsync(Url("/cart")), HttpStatusCode.OK))["lines"]!.AsArray());
        body["expectedTotal"] = new JsonObject { ["amount"] = 10400, ["currency"] = "USD" };
        await Expect(await PostJson(buyer.Client, Url("/cart/checkout"), body), HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task Checkout_WhenTwoListingsAreShort_Returns409NamingBothAndReservesNothing()
    {
        var (buyer, listings) = await ThreeGrowerCartAsync();
        foreach (var (listing, subject) in new[] { (listings[1], "grower-2"), (listings[2], "grower-3") })
            await Expect(await PostJson(As(subject, "grower"), Url($"/listings/{Id(listing)}/stock"),
                new JsonObject { ["kind"] = "adjusted", ["quantity"] = -119, ["reason"] = "frost" }), HttpStatusCode.OK);

        var problem = await ExpectProblem(await PostJson(buyer.Client, Url("/cart/checkout"), Pickup), HttpStatusCode.Conflict, "insufficient_stock");

        var detail = problem["detail"]!.GetValue<string>();
        Assert.Contains(Id(listings[1]), detail, StringComparison.Ordinal);
        Assert.Contains(Id(listings[2]), detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Id(listings[0]), detail, StringComparison.Ordinal);
        foreach (var listing in listings) Assert.Equal(0m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
        Assert.Empty((await Expect(await buyer.Client.GetAsync(Url("/orders")), HttpStatusCode.OK))["items"]!.AsArray());
        Assert.Equal(3, (await Expect(await buyer.Client.GetAsync(Url("/cart")), HttpStatusCode.OK))["lines"]!.AsArray().Count);
    }

    [SkippableFact]
    public async Task Checkout_ReplayedWithTheSameKey_AnswersTheSameGroupOnce()
    {
        var (buyer, _) = await ThreeGrowerCartAsync();

        var first = await Checkout(buyer.Client, "checkout-key-1");
        var second = await Checkout(buyer.Client, "checkout-key-1");

        var a = await Expect(first, HttpStatusCode.Created);
        var b = await Expect(second, HttpStatusCode.Created);
        Assert.Equal(Id(a["group"]!), Id(b["group"]!));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(3, (await Expect(await buyer.Client.GetAsync(Url("/orders")), HttpStatusCode.OK))["items"]!.AsArray().Count);
        // The cart is empty now: a new key is a new checkout, and there is nothing left to check out.
        await ExpectProblem(await Checkout(buyer.Client, "checkout-key-2"), HttpStatusCode.BadRequest, "cart_empty");
    }

    [SkippableFact]
    public async Task Checkout_BadInput_Returns400()
    {
        var buyer = await NewBuyerAsync();
        await ExpectProblem(await PostJson(buyer.Client, Url("/cart/checkout"), Pickup), HttpStatusCode.BadRequest, "cart_empty");
        var problem = await ExpectProblem(await PostJson(buyer.Client, Url("/cart/checkout"), new JsonObject { ["deliveryMethod"] = "drone" }),
            HttpStatusCode.BadRequest, "malformed_json");
        Assert.NotNull(problem["errors"]!["deliveryMethod"]);
        var noMethod = await ExpectProblem(await PostJson(buyer.Client, Url("/cart/checkout"), new JsonObject()), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(noMethod["errors"]!["deliveryMethod"]);
        var badTotal = Pickup.DeepClone().AsObject();
        badTotal["expectedTotal"] = new JsonObject { ["amount"] = -1, ["currency"] = "usd" };
        var money = await ExpectProblem(await PostJson(buyer.Client, Url("/cart/checkout"), badTotal), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(money["errors"]!["expectedTotal.amount"]);
    }

    [SkippableFact]
    public async Task CancelOneOrderOfAGroup_ReleasesOnlyItsStock()
    {
        var (buyer, listings) = await ThreeGrowerCartAsync();
        var group = (await Expect(await PostJson(buyer.Client, Url("/cart/checkout"), Pickup), HttpStatusCode.Created))["group"]!;
        var second = group["orders"]![1]!;

        var cancelled = await Act(buyer.Client, second, "cancel", body: new { reason = "Menu changed" });

        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        Assert.Equal(cancelled["total"]!["amount"]!.GetValue<long>(), cancelled["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>());
        Assert.Equal([10m, 0m, 4m], await Task.WhenAll(listings.Select(async l => (await GetListingAsync(Id(l)))["stock"]!["reserved"]!.GetValue<decimal>())));
        var after = await Expect(await buyer.Client.GetAsync(Url($"/order-groups/{Id(group)}")), HttpStatusCode.OK);
        Assert.Equal(["pending", "cancelled", "pending"], after["orders"]!.AsArray().Select(o => o!["status"]!.GetValue<string>()));
        Assert.All(new[] { 0, 2 }, i => Assert.Equal(0, after["orders"]![i]!["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>()));
    }

    /// <summary>Fifty carts over the same scarce listings of two growers, checked out at once: never more sold than there is.</summary>
    [SkippableFact]
    public async Task Checkout_FiftyBuyersSharingScarceListings_NeverOversells()
    {
        var first = await NewGrowerAsync("grower-1", "Farm 1");
        var second = await NewGrowerAsync("grower-2", "Farm 2");
        var a = await CreateListingAsync(first.Client, b => { b["quantityAvailable"] = 10; b["minimumOrderQuantity"] = 1; });
        var b = await CreateListingAsync(second.Client, x => { x["quantityAvailable"] = 7; x["minimumOrderQuantity"] = 1; });
        var buyers = new List<Buyer>();
        for (var i = 0; i < 50; i++)
        {
            var buyer = await NewBuyerAsync($"buyer-{i}");
            await SetLine(buyer.Client, Id(a), 1);
            await SetLine(buyer.Client, Id(b), 1);
            buyers.Add(buyer);
        }

        var responses = await Task.WhenAll(buyers.Select(x => PostJson(x.Client, Url("/cart/checkout"), Pickup)));

        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await ExpectProblem(refused, HttpStatusCode.Conflict, "insufficient_stock");
        foreach (var (listing, grower, reserved) in new[] { (a, first, 7m), (b, second, 7m) })
        {
            var stock = (await GetListingAsync(Id(listing)))["stock"]!;
            Assert.Equal(reserved, stock["reserved"]!.GetValue<decimal>());
            var ledger = await Expect(await grower.Client.GetAsync(Url($"/listings/{Id(listing)}/stock-movements?limit=100")), HttpStatusCode.OK);
            var lines = ledger["items"]!.AsArray();
            Assert.Equal((int)reserved, lines.Count(l => l!["kind"]!.GetValue<string>() == "reserved"));
            Assert.Equal(stock["reserved"]!.GetValue<decimal>(), lines[0]!["reservedAfter"]!.GetValue<decimal>());
            Assert.Equal(stock["onHand"]!.GetValue<decimal>(), lines[0]!["onHandAfter"]!.GetValue<decimal>());
        }
    }

    private Task<HttpResponseMessage> Checkout(HttpClient buyer, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url("/cart/checkout"))
        {
            Content = new StringContent(Pickup.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        return buyer.SendAsync(request);
    }

    private async Task DispatchOutboxAsync()
    {
        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }
    }

    private async Task<JsonNode> SetLine(HttpClient buyer, string listingId, decimal quantity) =>
        await Expect(await PutJson(buyer, Url($"/cart/lines/{listingId}"), new JsonObject { ["quantity"] = quantity }), HttpStatusCode.OK);
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCheckoutTests(SqliteApiFactory api) : CheckoutTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCheckoutTests(PostgresApiFactory api) : CheckoutTests(api);
