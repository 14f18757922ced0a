using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Orders;

public abstract class PlaceOrderTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task PlaceOrder_ContractExample_ReservesStockAndChargesExactly()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);

        var response = await PostJson(buyer.Client, Url("/orders"), OrderBody(Id(listing), 10));
        var placed = await Expect(response, HttpStatusCode.Created);
        var order = placed["order"]!;

        Assert.Matches("^MKT-\\d{6}$", order["number"]!.GetValue<string>());
        Assert.Equal(Url($"/orders/{Id(order)}"), response.Headers.Location?.OriginalString);
        Assert.Equal(23275, order["subtotal"]!["amount"]!.GetValue<long>());
        Assert.Equal(1500, order["deliveryFee"]!["amount"]!.GetValue<long>());
        Assert.Equal(24775, order["total"]!["amount"]!.GetValue<long>());
        Assert.Equal(1164, order["platformFee"]!["amount"]!.GetValue<long>());
        Assert.Equal(23611, order["growerPayout"]!["amount"]!.GetValue<long>());
        Assert.Equal(5m, order["lines"]![0]!["percentOff"]!.GetValue<decimal>());
        Assert.Equal("pending", order["status"]!.GetValue<string>());
        Assert.Equal("succeeded", placed["payment"]!["status"]!.GetValue<string>());
        Assert.Equal(["pending_payment", "pending"], order["timeline"]!.AsArray().Select(e => e!["status"]!.GetValue<string>()));

        var stock = (await GetListingAsync(Id(listing)))["stock"]!;
        Assert.Equal(10m, stock["reserved"]!.GetValue<decimal>());
        Assert.Equal(110m, stock["available"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task PlaceOrder_TwoLinesWhereTheSecondIsShort_Returns409NamingItAndReservesNothing()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var plenty = await CreateListingAsync(grower.Client);
        var scarce = await CreateListingAsync(grower.Client, b => b["quantityAvailable"] = 3);
        var body = new JsonObject
        {
            ["lines"] = new JsonArray(
                new JsonObject { ["listingId"] = Id(plenty), ["quantity"] = 5 },
                new JsonObject { ["listingId"] = Id(scarce), ["quantity"] = 4 }),
            ["deliveryMethod"] = "pickup",
        };

        var problem = await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), body), HttpStatusCode.Conflict, "insufficient_stock");

        Assert.Contains(Id(scarce), problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0m, (await GetListingAsync(Id(plenty)))["stock"]!["reserved"]!.GetValue<decimal>());
        Assert.Equal(0m, (await GetListingAsync(Id(scarce)))["stock"]!["reserved"]!.GetValue<decimal>());
        Assert.Empty((await Expect(await buyer.Client.GetAsync(Url("/orders")), HttpStatusCode.OK))["items"]!.AsArray());
    }

    /// <summary>A buyer the marketplace has never seen orders several times at once: each request provisions the buyer.</summary>
    [SkippableFact]
    public async Task PlaceOrder_ANewBuyersFirstOrdersAtOnce_AllArePlaced()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client, b => b["minimumOrderQuantity"] = 1);
        var buyer = As("never-seen-buyer", "buyer");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostJson(buyer, Url("/orders"), OrderBody(Id(listing), 1, "pickup"))));

        foreach (var response in responses) await Expect(response, HttpStatusCode.Created);
        var mine = await Expect(await buyer.GetAsync(Url("/orders?role=buyer")), HttpStatusCode.OK);
        Assert.Equal(6, mine["items"]!.AsArray().Count);
    }

    [SkippableFact]
    public async Task PlaceOrder_FiftyBuyersForTenUnits_SellsExactlyTen()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client, b =>
        {
            b["quantityAvailable"] = 10;
            b["minimumOrderQuantity"] = 1;
        });
        var buyers = new List<Buyer>();
        for (var i = 0; i < 50; i++) buyers.Add(await NewBuyerAsync($"buyer-{i}"));

        var responses = await Task.WhenAll(buyers.Select(b => PostJson(b.Client, Url("/orders"), OrderBody(Id(listing), 1, "pickup"))));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await ExpectProblem(refused, HttpStatusCode.Conflict, "insufficient_stock");
        var after = await Expect(await grower.Client.GetAsync(Url($"/listings/{Id(listing)}")), HttpStatusCode.OK);
        Assert.Equal(0m, after["stock"]!["available"]!.GetValue<decimal>());
        Assert.Equal(10m, after["stock"]!["reserved"]!.GetValue<decimal>());
        Assert.Equal("sold_out", after["status"]!.GetValue<string>());

        var ledger = await Expect(await grower.Client.GetAsync(Url($"/listings/{Id(listing)}/stock-movements?limit=100")), HttpStatusCode.OK);
        var lines = ledger["items"]!.AsArray();
        Assert.Equal(10, lines.Count(l => l!["kind"]!.GetValue<string>() == "reserved"));
        Assert.Equal(10m, lines[0]!["reservedAfter"]!.GetValue<decimal>());
        Assert.Equal(Enumerable.Range(1, 11).Reverse(), lines.Select(l => l!["sequence"]!.GetValue<int>()));
        var numbers = new HashSet<string>();
        foreach (var created in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
            Assert.True(numbers.Add((await Expect(created, HttpStatusCode.Created))["order"]!["number"]!.GetValue<string>()));
    }

    [SkippableTheory]
    [InlineData("{\"lines\":[{\"listingId\":\"LISTING\",\"quantity\":0}],\"deliveryMethod\":\"pickup\"}", "lines[0].quantity")]
    [InlineData("{\"lines\":[{\"listingId\":\"LISTING\",\"quantity\":-2}],\"deliveryMethod\":\"pickup\"}", "lines[0].quantity")]
    [InlineData("{\"lines\":[],\"deliveryMethod\":\"pickup\"}", "lines")]
    [InlineData("{\"deliveryMethod\":\"pickup\"}", "lines")]
    [InlineData("{\"lines\":[null],\"deliveryMethod\":\"pickup\"}", "lines[0]")]
    [InlineData("{\"lines\":[{\"quantity\":2}],\"deliveryMethod\":\"pickup\"}", "lines[0].listingId")]
    [InlineData("{\"lines\":[{\"listingId\":\"LISTING\",\"quantity\":2}]}", "deliveryMethod")]
    [InlineData("{\"lines\":[{\"listingId\":\"LISTING\",\"quantity\":2},{\"listingId\":\"LISTING\",\"quantity\":3}],\"deliveryMethod\":\"pickup\"}", "lines")]
    [InlineData("{\"lines\":[{\"listingId\":\"LISTING\",\"quantity\":2}],\"deliveryMethod\":\"drone\"}", "deliveryMethod")]
    [InlineData("{\"lines\":[{\"listingId\":\"LISTING\",\"quantity\":\"two\"}],\"deliveryMethod\":\"pickup\"}", "lines[0].quantity")]
    [InlineData("{\"lines\":[{\"listingId\":\"LISTING\",\"quantity\":2}],\"deliveryMethod\":\"pickup\",\"requestedDeliveryDate\":\"2020-01-01\"}", "requestedDeliveryDate")]
    [InlineData("{\"lines\":[{\"listingId\":\"00000000-0000-7000-8000-000000000001\",\"quantity\":2}],\"deliveryMethod\":\"pickup\"}", "lines[0].listingId")]
    public async Task PlaceOrder_BadInput_Returns400AndReservesNothing(string body, string field)
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);

        var problem = await Expect(await PostRaw(buyer.Client, Url("/orders"), body.Replace("LISTING", Id(listing), StringComparison.Ordinal)), HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]?[field] is not null, problem.ToJsonString());
        Assert.Equal(0m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task PlaceOrder_FiftyOneLines_Returns400()
    {
        var buyer = await NewBuyerAsync();
        var lines = new JsonArray(Enumerable.Range(0, 51).Select(_ => (JsonNode)new JsonObject { ["listingId"] = Guid.NewGuid(), ["quantity"] = 1 }).ToArray());
        var problem = await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), new JsonObject { ["lines"] = lines, ["deliveryMethod"] = "pickup" }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]!["lines"]);
    }

    [SkippableFact]
    public async Task PlaceOrder_BusinessRules_Return409WithTheirCodes()
    {
        var grower = await NewGrowerAsync();
        var other = await NewGrowerAsync("grower-2", "Other Farm");
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client, b => b["delivery"] = new JsonObject { ["pickup"] = true, ["delivery"] = true, ["radiusMiles"] = 5 });
        var pickupOnly = await CreateListingAsync(grower.Client, b => b["delivery"] = new JsonObject { ["pickup"] = true, ["delivery"] = false });
        var otherListing = await CreateListingAsync(other.Client);
        var draft = await CreateListingAsync(grower.Client, publish: false);

        await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), OrderBody(Id(listing), 1)), HttpStatusCode.Conflict, "below_minimum_quantity");
        await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), OrderBody(Id(pickupOnly), 2)), HttpStatusCode.Conflict, "delivery_not_offered");
        var far = OrderBody(Id(listing), 2);
        far["deliveryAddress"] = new JsonObject { ["line1"] = "1 Market St", ["city"] = "San Francisco", ["state"] = "CA", ["postalCode"] = "94105", ["latitude"] = 37.79, ["longitude"] = -122.39 };
        await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), far), HttpStatusCode.Conflict, "outside_delivery_radius");
        var mixed = OrderBody(Id(listing), 2, "pickup");
        mixed["lines"]!.AsArray().Add(new JsonObject { ["listingId"] = Id(otherListing), ["quantity"] = 2 });
        await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), mixed), HttpStatusCode.BadRequest, "multiple_growers");
        await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), OrderBody(Id(draft), 2, "pickup")), HttpStatusCode.BadRequest, "unknown_listing");
        var growerAsBuyer = As("grower-1", "grower", "buyer");
        await ExpectProblem(await PostJson(growerAsBuyer, Url("/orders"), OrderBody(Id(listing), 2, "pickup")), HttpStatusCode.Conflict, "own_listing");
        await ExpectProblem(await PostJson(grower.Client, Url("/orders"), OrderBody(Id(listing), 2, "pickup")), HttpStatusCode.Forbidden, "role_required");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePlaceOrderTests(SqliteApiFactory api) : PlaceOrderTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPlaceOrderTests(PostgresApiFactory api) : PlaceOrderTests(api);
