using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.GraphQL;

/// <summary>An order's whole life through mutations only, and the REST views of what they did.</summary>
public abstract class GraphQLJourneyTests(ApiFactory api) : GraphQLTestBase(api)
{
    private const string OrderFields = "id number status total { amount currency } payment { status amountRefunded { amount } } timeline { status }";

    [SkippableFact]
    public async Task Journey_CreatePublishPlaceConfirmShipDeliverReview_ThroughMutations()
    {
        var grower = GraphQLClient("gq-grower", "grower");
        var buyer = GraphQLClient("gq-buyer", "buyer");
        var me = await Data(grower, """
            mutation { upsertGrowerProfile(input: { farmName: "Graph Farm", city: "Salinas", state: "CA", postalCode: "93901",
              latitude: 36.67, longitude: -121.65, growingMethods: ["hydroponic"], certifications: ["usda-organic"] }) { id roles growerProfile { farmName } } }
            """);
        Assert.Equal("Graph Farm", me["upsertGrowerProfile"]!["growerProfile"]!["farmName"]!.GetValue<string>());
        await Data(buyer, """
            mutation { upsertBuyerProfile(input: { businessName: "Graph Bistro", businessType: "restaurant",
              deliveryAddress: { line1: "1 Main St", city: "Salinas", state: "CA", postalCode: "93901", latitude: 36.70, longitude: -121.60 } }) { id } }
            """);

        var input = Bodies.Listing();
        var created = (await Data(grower, "mutation($input: CreateListingInput!) { createListing(input: $input) { id status etag stock { onHand } } }",
            new JsonObject { ["input"] = input }))["createListing"]!;
        Assert.Equal("draft", created["status"]!.GetValue<string>());
        var listingId = created["id"]!.GetValue<string>();
        var published = (await Data(grower, $$"""mutation { publishListing(id: "{{listingId}}") { status } }"""))["publishListing"]!;
        Assert.Equal("active", published["status"]!.GetValue<string>());
        var stocked = (await Data(grower, $$"""mutation { adjustStock(id: "{{listingId}}", kind: "received", quantity: 30, reason: "harvest") { stock { onHand available } } }"""))["adjustStock"]!;
        Assert.Equal(150m, stocked["stock"]!["onHand"]!.GetValue<decimal>());

        var placed = (await Data(buyer, $$"""
            mutation { placeOrder(input: { lines: [{ listingId: "{{listingId}}", quantity: 10 }], deliveryMethod: "pickup" }, idempotencyKey: "gq-order-1") {
              order { {{OrderFields}} } payment { provider status } } }
            """))["placeOrder"]!;
        var orderId = placed["order"]!["id"]!.GetValue<string>();
        Assert.Equal("pending", placed["order"]!["status"]!.GetValue<string>());

        foreach (var (client, step, status) in new[] { (grower, "confirmOrder", "confirmed"), (grower, "shipOrder", "in_transit"), (buyer, "deliverOrder", "delivered") })
        {
            var moved = (await Data(client, $$"""mutation { {{step}}(id: "{{orderId}}") { {{OrderFields}} } }"""))[step]!;
            Assert.Equal(status, moved["status"]!.GetValue<string>());
        }
        var review = (await Data(buyer, $$"""mutation { reviewOrder(id: "{{orderId}}", rating: 5, comment: "Perfect") { rating orderId } }"""))["reviewOrder"]!;
        Assert.Equal(5, review["rating"]!.GetValue<int>());

        // REST sees what the mutations did.
        var order = await Expect(await As("gq-buyer", "buyer").GetAsync(Url($"/orders/{orderId}")), HttpStatusCode.OK);
        Assert.Equal(["pending_payment", "pending", "confirmed", "in_transit", "delivered"],
            order["timeline"]!.AsArray().Select(e => e!["status"]!.GetValue<string>()));
        var growerProfile = await Data(GraphQLClient(), $$"""{ listing(id: "{{listingId}}") { stock { onHand } grower { farmName averageRating reviewCount } } }""");
        Assert.Equal(140m, growerProfile["listing"]!["stock"]!["onHand"]!.GetValue<decimal>());
        Assert.Equal(1, growerProfile["listing"]!["grower"]!["reviewCount"]!.GetValue<int>());
        Assert.Equal(5.0, growerProfile["listing"]!["grower"]!["averageRating"]!.GetValue<double>());

        var mine = await Data(buyer, """{ me { id roles buyerProfile { businessName } } orders(role: "buyer") { edges { node { id status } } pageInfo { hasNextPage } } }""");
        Assert.Equal(orderId, mine["orders"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>());
        var dashboard = await Data(grower, """{ dashboard(period: "month") { period revenue { gross { amount } } orders { total byStatus { key count } } } }""");
        Assert.Equal(1, dashboard["dashboard"]!["orders"]!["total"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task PlaceOrder_WithTheSameIdempotencyKey_ReplaysTheFirstOrder_AndAnotherBodyIs422()
    {
        var grower = await NewGrowerAsync();
        await NewBuyerAsync("gq-buyer");
        var listingId = Id(await CreateListingAsync(grower.Client));
        var buyer = GraphQLClient("gq-buyer", "buyer");
        string Place(decimal quantity) => $$"""
            mutation { placeOrder(input: { lines: [{ listingId: "{{listingId}}", quantity: {{quantity}} }], deliveryMethod: "pickup" }, idempotencyKey: "gq-key") { order { id } } }
            """;

        var first = (await Data(buyer, Place(4)))["placeOrder"]!["order"]!["id"]!.GetValue<string>();
        var again = (await Data(buyer, Place(4)))["placeOrder"]!["order"]!["id"]!.GetValue<string>();
        Assert.Equal(first, again);
        SingleError(await GraphQL(buyer, Place(5)), "idempotency_key_reused", 422);

        var orders = await Expect(await As("gq-buyer", "buyer").GetAsync(Url("/orders?role=buyer")), HttpStatusCode.OK);
        Assert.Single(orders["items"]!.AsArray());
        Assert.Equal(116m, (await GetListingAsync(listingId))["stock"]!["available"]!.GetValue<decimal>());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteGraphQLJourneyTests(SqliteApiFactory api) : GraphQLJourneyTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresGraphQLJourneyTests(PostgresApiFactory api) : GraphQLJourneyTests(api);
