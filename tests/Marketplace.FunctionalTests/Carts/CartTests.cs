using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Carts;

public abstract class CartTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task Cart_LinesFromTwoGrowers_ArePricedTodayAndGroupedByGrower()
    {
        var greens = await NewGrowerAsync("grower-1", "Green Acre Farm");
        var herbs = await NewGrowerAsync("grower-2", "Herb Hollow");
        var buyer = await NewBuyerAsync();
        var lettuce = await CreateListingAsync(greens.Client);
        var basil = await CreateListingAsync(herbs.Client, b =>
        {
            b["title"] = "Genovese basil";
            b["unitPrice"] = new JsonObject { ["amount"] = 800, ["currency"] = "USD" };
            b["delivery"]!["fee"] = new JsonObject { ["amount"] = 900, ["currency"] = "USD" };
        });

        await SetLine(buyer.Client, Id(lettuce), 10);
        var cart = await SetLine(buyer.Client, Id(basil), 3);

        Assert.Equal([Id(lettuce), Id(basil)], cart["lines"]!.AsArray().Select(l => l!["listingId"]!.GetValue<string>()));
        Assert.Equal(23275, cart["lines"]![0]!["lineTotal"]!["amount"]!.GetValue<long>());
        Assert.Equal(2400, cart["lines"]![1]!["lineTotal"]!["amount"]!.GetValue<long>());
        Assert.All(cart["lines"]!.AsArray(), l => Assert.Empty(l!["problems"]!.AsArray()));
        var growers = cart["growers"]!.AsArray();
        Assert.Equal(["Green Acre Farm", "Herb Hollow"], growers.Select(g => g!["farmName"]!.GetValue<string>()));
        Assert.Equal([1500L, 900L], growers.Select(g => g!["deliveryFee"]!["amount"]!.GetValue<long>()));
        Assert.Equal(25675, cart["subtotal"]!["amount"]!.GetValue<long>());
        Assert.Equal(2400, cart["deliveryFees"]!["amount"]!.GetValue<long>());
        Assert.Equal(28075, cart["total"]!["amount"]!.GetValue<long>());

        var pickup = await Expect(await buyer.Client.GetAsync(Url("/cart?deliveryMethod=pickup")), HttpStatusCode.OK);
        Assert.Equal(25675, pickup["total"]!["amount"]!.GetValue<long>());

        var changed = await SetLine(buyer.Client, Id(basil), 5);
        Assert.Equal(5m, changed["lines"]![1]!["quantity"]!.GetValue<decimal>());
        var removed = await Expect(await buyer.Client.DeleteAsync(Url($"/cart/lines/{Id(lettuce)}")), HttpStatusCode.OK);
        Assert.Equal([Id(basil)], removed["lines"]!.AsArray().Select(l => l!["listingId"]!.GetValue<string>()));
        await ExpectProblem(await buyer.Client.DeleteAsync(Url($"/cart/lines/{Id(lettuce)}")), HttpStatusCode.NotFound, "not_found");
        var emptied = await Expect(await buyer.Client.DeleteAsync(Url("/cart")), HttpStatusCode.OK);
        Assert.Empty(emptied["lines"]!.AsArray());
        Assert.Empty((await Expect(await buyer.Client.GetAsync(Url("/cart")), HttpStatusCode.OK))["lines"]!.AsArray());
    }

    /// <summary>The order a buyer added lines in survives a reload, whatever the listings' ids.</summary>
    [SkippableFact]
    public async Task Cart_KeepsTheOrderLinesWereAdded_WhenAListingCreatedLaterIsAddedFirst()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var older = await CreateListingAsync(grower.Client, b => b["title"] = "Older lettuce");
        var newer = await CreateListingAsync(grower.Client, b => b["title"] = "Newer basil");

        await SetLine(buyer.Client, Id(newer), 2);
        var added = await SetLine(buyer.Client, Id(older), 2);

        Assert.Equal([Id(newer), Id(older)], added["lines"]!.AsArray().Select(l => l!["listingId"]!.GetValue<string>()));
        var reloaded = await Expect(await buyer.Client.GetAsync(Url("/cart")), HttpStatusCode.OK);
        Assert.Equal([Id(newer), Id(older)], reloaded["lines"]!.AsArray().Select(l => l!["listingId"]!.GetValue<string>()));
    }

    /// <summary>Each kind of problem shows on its line, and only there; the cart itself still answers.</summary>
    [SkippableFact]
    public async Task Cart_ShowsEveryKindOfProblemOnItsLine()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var fine = await CreateListingAsync(grower.Client, b => b["title"] = "Fine lettuce");
        var minimum = await CreateListingAsync(grower.Client, b => b["minimumOrderQuantity"] = 5);
        var scarce = await CreateListingAsync(grower.Client, b => b["quantityAvailable"] = 3);
        var paused = await CreateListingAsync(grower.Client);
        var repriced = await CreateListingAsync(grower.Client);
        await SetLine(buyer.Client, Id(fine), 4);
        await SetLine(buyer.Client, Id(minimum), 2);
        await SetLine(buyer.Client, Id(scarce), 4);
        await SetLine(buyer.Client, Id(paused), 2);
        await SetLine(buyer.Client, Id(repriced), 2);

        await Expect(await grower.Client.PostAsync(Url($"/listings/{Id(paused)}/pause"), null), HttpStatusCode.OK);
        var update = Bodies.ListingUpdate();
        update["unitPrice"] = new JsonObject { ["amount"] = 2600, ["currency"] = "USD" };
        await Expect(await PutJson(grower.Client, Url($"/listings/{Id(repriced)}"), update), HttpStatusCode.OK);

        var cart = await Expect(await buyer.Client.GetAsync(Url("/cart")), HttpStatusCode.OK);
        var problems = cart["lines"]!.AsArray().ToDictionary(l => l!["listingId"]!.GetValue<string>(),
            l => l!["problems"]!.AsArray().Select(p => p!.GetValue<string>()).ToList());
        Assert.Empty(problems[Id(fine)]);
        Assert.Equal(["below_minimum"], problems[Id(minimum)]);
        Assert.Equal(["insufficient_stock"], problems[Id(scarce)]);
        Assert.Equal(["listing_not_active"], problems[Id(paused)]);
        Assert.Equal(["price_changed"], problems[Id(repriced)]);
        Assert.Equal(2600, cart["lines"]!.AsArray().Single(l => l!["listingId"]!.GetValue<string>() == Id(repriced))!["unitPrice"]!["amount"]!.GetValue<long>());

        // Setting the line again accepts today's price.
        var accepted = await SetLine(buyer.Client, Id(repriced), 2);
        Assert.Empty(accepted["lines"]!.AsArray().Single(l => l!["listingId"]!.GetValue<string>() == Id(repriced))!["problems"]!.AsArray());
    }

    [SkippableTheory]
    [InlineData("{\"quantity\":0}", "quantity")]
    [InlineData("{\"quantity\":-1}", "quantity")]
    [InlineData("{}", "quantity")]
    [InlineData("{\"quantity\":\"many\"}", "quantity")]
    [InlineData("{\"quantity\":1.2345}", "quantity")]
    public async Task SetCartLine_BadInput_Returns400AndChangesNothing(string body, string field)
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);

        var problem = await Expect(await buyer.Client.PutAsync(Url($"/cart/lines/{Id(listing)}"),
            new StringContent(body, System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]?[field] is not null, problem.ToJsonString());
        Assert.Empty((await Expect(await buyer.Client.GetAsync(Url("/cart")), HttpStatusCode.OK))["lines"]!.AsArray());
    }

    [SkippableFact]
    public async Task Cart_RefusesUnknownDraftAndOwnListings_AndOtherRoles()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var draft = await CreateListingAsync(grower.Client, publish: false);
        var listing = await CreateListingAsync(grower.Client);

        await ExpectProblem(await PutJson(buyer.Client, Url($"/cart/lines/{Guid.NewGuid()}"), Quantity(2)), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await PutJson(buyer.Client, Url($"/cart/lines/{Id(draft)}"), Quantity(2)), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await PutJson(As("grower-1", "grower", "buyer"), Url($"/cart/lines/{Id(listing)}"), Quantity(2)), HttpStatusCode.Conflict, "own_listing");
        await ExpectProblem(await PutJson(grower.Client, Url($"/cart/lines/{Id(listing)}"), Quantity(2)), HttpStatusCode.Forbidden, "role_required");
        await ExpectProblem(await grower.Client.GetAsync(Url("/cart")), HttpStatusCode.Forbidden, "role_required");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync(Url("/cart"))).StatusCode);
        Assert.NotNull((await ExpectProblem(await buyer.Client.GetAsync(Url("/cart?deliveryMethod=drone")), HttpStatusCode.BadRequest, "validation_failed"))["errors"]!["deliveryMethod"]);
    }

    private static JsonObject Quantity(decimal quantity) => new() { ["quantity"] = quantity };

    private async Task<JsonNode> SetLine(HttpClient buyer, string listingId, decimal quantity) =>
        await Expect(await PutJson(buyer, Url($"/cart/lines/{listingId}"), Quantity(quantity)), HttpStatusCode.OK);
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCartTests(SqliteApiFactory api) : CartTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCartTests(PostgresApiFactory api) : CartTests(api);
