using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Orders;

public abstract class ReorderTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task Reorder_FillsTheCartWithTheOrdersLinesAtTodaysPrices_ShowingTheSoldOutLine()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var other = await NewBuyerAsync("buyer-2");
        var lettuce = await CreateListingAsync(grower.Client, b => b["title"] = "Butterhead lettuce");
        var basil = await CreateListingAsync(grower.Client, b => { b["title"] = "Genovese basil"; b["quantityAvailable"] = 6; });
        var order = await Expect(await PostJson(buyer.Client, Url("/orders"), new JsonObject
        {
            ["lines"] = new JsonArray(
                new JsonObject { ["listingId"] = Id(lettuce), ["quantity"] = 10 },
                new JsonObject { ["listingId"] = Id(basil), ["quantity"] = 3 }),
            ["deliveryMethod"] = "delivery",
        }), HttpStatusCode.Created);
        // Someone else buys the rest of the basil, and the lettuce costs more today.
        await PlaceOrderAsync(other.Client, Id(basil), 3);
        var update = Bodies.ListingUpdate();
        update["title"] = "Butterhead lettuce";
        update["unitPrice"] = new JsonObject { ["amount"] = 2600, ["currency"] = "USD" };
        await Expect(await PutJson(grower.Client, Url($"/listings/{Id(lettuce)}"), update), HttpStatusCode.OK);
        // A line already in the cart stays; the order's own listings take the order's quantities.
        var mint = await CreateListingAsync(grower.Client, b => b["title"] = "Spearmint");
        await Expect(await PutJson(buyer.Client, Url($"/cart/lines/{Id(mint)}"), new JsonObject { ["quantity"] = 2 }), HttpStatusCode.OK);

        var cart = await Expect(await buyer.Client.PostAsync(Url($"/orders/{Id(order["order"]!)}/reorder"), null), HttpStatusCode.OK);

        var lines = cart["lines"]!.AsArray().ToDictionary(l => l!["listingId"]!.GetValue<string>());
        Assert.Equal([Id(mint), Id(lettuce), Id(basil)], cart["lines"]!.AsArray().Select(l => l!["listingId"]!.GetValue<string>()));
        Assert.Equal(10m, lines[Id(lettuce)]!["quantity"]!.GetValue<decimal>());
        Assert.Equal(2600, lines[Id(lettuce)]!["unitPrice"]!["amount"]!.GetValue<long>());
        Assert.Empty(lines[Id(lettuce)]!["problems"]!.AsArray());
        Assert.Equal(3m, lines[Id(basil)]!["quantity"]!.GetValue<decimal>());
        Assert.Contains("insufficient_stock", lines[Id(basil)]!["problems"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(cart.ToJsonString(), (await Expect(await buyer.Client.GetAsync(Url("/cart")), HttpStatusCode.OK)).ToJsonString());
    }

    [SkippableFact]
    public async Task Reorder_SomeoneElsesOrder_Is404_AndLeavesTheirCartAlone()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var other = await NewBuyerAsync("buyer-2");
        var listing = await CreateListingAsync(grower.Client);
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 4);

        await ExpectProblem(await other.Client.PostAsync(Url($"/orders/{Id(order)}/reorder"), null), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await grower.Client.PostAsync(Url($"/orders/{Id(order)}/reorder"), null), HttpStatusCode.Forbidden, "role_required");
        await ExpectProblem(await buyer.Client.PostAsync(Url($"/orders/{Guid.NewGuid()}/reorder"), null), HttpStatusCode.NotFound, "not_found");

        Assert.Empty((await Expect(await other.Client.GetAsync(Url("/cart")), HttpStatusCode.OK))["lines"]!.AsArray());
        Assert.Empty((await Expect(await buyer.Client.GetAsync(Url("/cart")), HttpStatusCode.OK))["lines"]!.AsArray());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReorderTests(SqliteApiFactory api) : ReorderTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReorderTests(PostgresApiFactory api) : ReorderTests(api);
