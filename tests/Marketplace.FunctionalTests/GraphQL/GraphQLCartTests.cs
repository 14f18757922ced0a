using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.GraphQL;

/// <summary>A cart of two growers filled, read and checked out through GraphQL, against what REST shows of it.</summary>
public abstract class GraphQLCartTests(ApiFactory api) : GraphQLTestBase(api)
{
    [SkippableFact]
    public async Task Cart_FilledAndCheckedOut_ThroughMutations_EqualsRest_AndACheckoutReplaysByItsKey()
    {
        var first = await CreateListingAsync((await NewGrowerAsync("gq-cart-grower-1", "First Farm")).Client, b => b["title"] = "Butterhead lettuce");
        var second = await CreateListingAsync((await NewGrowerAsync("gq-cart-grower-2", "Second Farm")).Client, b => b["title"] = "Genovese basil");
        var buyer = await NewBuyerAsync("gq-cart-buyer");
        var graph = GraphQLClient("gq-cart-buyer", "buyer");

        await Data(graph, $$"""mutation { setCartLine(listingId: "{{Id(first)}}", quantity: 4) { lines { listingId } } }""");
        var filled = (await Data(graph, $$"""mutation { setCartLine(listingId: "{{Id(second)}}", quantity: 2) { lines { listingId quantity } total { amount currency } } }"""))["setCartLine"]!;
        Assert.Equal(2, filled["lines"]!.AsArray().Count);

        var cart = (await Data(graph, """{ cart(deliveryMethod: "pickup") { total { amount currency } growers { growerId } lines { listingId problems } } }"""))["cart"]!;
        var rest = await Expect(await buyer.Client.GetAsync(Url("/cart?deliveryMethod=pickup")), HttpStatusCode.OK);
        Assert.Equal(rest["total"]!["amount"]!.GetValue<long>(), cart["total"]!["amount"]!.GetValue<long>());
        Assert.Equal(2, cart["growers"]!.AsArray().Count);
        Assert.All(cart["lines"]!.AsArray(), l => Assert.Empty(l!["problems"]!.AsArray()));

        const string Checkout = """
            mutation($total: MoneyInput) { checkout(input: { deliveryMethod: "pickup", expectedTotal: $total }, idempotencyKey: "gq-checkout-1") {
              group { id orders { id growerId status } total { amount } } payment { provider status } } }
            """;
        var variables = new JsonObject { ["total"] = new JsonObject { ["amount"] = cart["total"]!["amount"]!.GetValue<long>(), ["currency"] = cart["total"]!["currency"]!.GetValue<string>() } };
        var placed = (await Data(graph, Checkout, variables))["checkout"]!;
        var group = placed["group"]!;
        Assert.Equal(2, group["orders"]!.AsArray().Count);
        Assert.Equal(cart["total"]!["amount"]!.GetValue<long>(), group["total"]!["amount"]!.GetValue<long>());
        Assert.Empty((await Data(graph, "{ cart { lines { listingId } } }"))["cart"]!["lines"]!.AsArray());

        var seen = (await Data(graph, $$"""{ orderGroup(id: "{{group["id"]!.GetValue<string>()}}") { id orders { id } } }"""))["orderGroup"]!;
        Assert.Equal(group["orders"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).Order(), seen["orders"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).Order());
        var replayed = (await Data(graph, Checkout, (JsonObject)variables.DeepClone()))["checkout"]!;
        Assert.Equal(group["id"]!.GetValue<string>(), replayed["group"]!["id"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Checkout_OfAnEmptyCart_IsTheRestProblem()
    {
        await NewBuyerAsync("gq-empty-buyer");
        var result = await GraphQL(GraphQLClient("gq-empty-buyer", "buyer"),
            """mutation { checkout(input: { deliveryMethod: "pickup" }) { group { id } } }""");
        SingleError(result, "cart_empty", 400);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteGraphQLCartTests(SqliteApiFactory api) : GraphQLCartTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresGraphQLCartTests(PostgresApiFactory api) : GraphQLCartTests(api);
