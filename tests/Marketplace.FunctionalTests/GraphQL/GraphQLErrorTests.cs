using System.Net;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.GraphQL;

/// <summary>Errors are GraphQL errors carrying the REST problem's code and status (and the field paths of a validation error).</summary>
public abstract class GraphQLErrorTests(ApiFactory api) : GraphQLTestBase(api)
{
    [SkippableFact]
    public async Task Me_WithoutAToken_Is401Unauthorized()
    {
        var result = await GraphQL(GraphQLClient(), "{ me { id } }");
        SingleError(result, "unauthorized", 401);
        Assert.Null(result["data"]);
    }

    [SkippableFact]
    public async Task CreateListing_ByABuyer_Is403RoleRequired_AndCreatesNothing()
    {
        // A valid body: validation comes first, so a malformed one would be a 400 whoever sends it (as over REST).
        var result = await GraphQL(GraphQLClient("gq-buyer", "buyer"), "mutation($input: CreateListingInput!) { createListing(input: $input) { id } }",
            new System.Text.Json.Nodes.JsonObject { ["input"] = Bodies.Listing() });
        SingleError(result, "role_required", 403);
        var board = await Expect(await Anonymous().GetAsync(Url("/listings?growerId=" + Guid.NewGuid())), HttpStatusCode.OK);
        Assert.Empty(board["items"]!.AsArray());
    }

    [SkippableFact]
    public async Task Listing_ThatDoesNotExist_Is404_WithNullData()
    {
        var result = await GraphQL(GraphQLClient(), $$"""{ listing(id: "{{Guid.NewGuid()}}") { id } }""");
        SingleError(result, "not_found", 404);
        Assert.Null(result["data"]!["listing"]);
    }

    [SkippableFact]
    public async Task Order_WithAnIdThatIsNoGuid_Is400NamingTheArgument()
    {
        var result = await GraphQL(GraphQLClient("gq-buyer", "buyer"), """{ order(id: "nope") { id } }""");
        var error = SingleError(result, "validation_failed", 400);
        Assert.NotNull(error["extensions"]!["errors"]!["id"]);
    }

    [SkippableFact]
    public async Task ShipOrder_BeforeItIsConfirmed_Is409InvalidTransition()
    {
        var grower = await NewGrowerAsync("gq-grower");
        var buyer = await NewBuyerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 2);

        var result = await GraphQL(GraphQLClient("gq-grower", "grower"), $$"""mutation { shipOrder(id: "{{Id(order)}}") { status } }""");

        SingleError(result, "invalid_transition", 409);
        Assert.Equal("pending", (await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK))["status"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task CreateListing_WithBadFields_IsAValidationError_WithTheRestFieldPaths()
    {
        await NewGrowerAsync("gq-grower");
        var body = Bodies.Listing();
        body["title"] = "";
        body["unitPrice"]!["amount"] = -5;
        var result = await GraphQL(GraphQLClient("gq-grower", "grower"), "mutation($input: CreateListingInput!) { createListing(input: $input) { id } }",
            new System.Text.Json.Nodes.JsonObject { ["input"] = body });

        var error = SingleError(result, "validation_failed", 400);
        var fields = error["extensions"]!["errors"]!.AsObject();
        Assert.Contains("title", fields.Select(f => f.Key));
        Assert.Contains("unitPrice.amount", fields.Select(f => f.Key));
    }

    [SkippableFact]
    public async Task CreateListing_WithAnUnknownCategoryCode_IsRefusedAsRestRefusesIt_NamingTheField()
    {
        await NewGrowerAsync("gq-grower");
        var body = Bodies.Listing();
        body["category"] = "kale";
        var result = await GraphQL(GraphQLClient("gq-grower", "grower"), "mutation($input: CreateListingInput!) { createListing(input: $input) { id } }",
            new System.Text.Json.Nodes.JsonObject { ["input"] = body });

        var error = SingleError(result, "malformed_json", 400);
        Assert.NotNull(error["extensions"]!["errors"]!["category"]);
    }

    [SkippableFact]
    public async Task AQueryDeeperThanTen_IsRefusedBeforeAnythingRuns()
    {
        // Eleven levels of selection: the introspection type tree nests as deep as one asks.
        var deep = "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", 7)) + "name" + new string('}', 12).Replace("}", " }");
        var result = await GraphQL(GraphQLClient(), deep, status: HttpStatusCode.BadRequest);
        SingleError(result, "query_too_complex", 400);
        Assert.Null(result["data"]);
    }

    [SkippableFact]
    public async Task AFullBoardPageWithEveryFieldAndItsGrower_IsWithinTheComplexityLimit()
    {
        var grower = await NewGrowerAsync();
        await CreateListingAsync(grower.Client);
        const string everything = """
          { board(first: 100) { edges { cursor node { id growerId farmName title category productType variety description growingMethod certifications grade unit
            unitPrice { amount currency } bulkDiscounts { minQuantity percentOff } minimumOrderQuantity lowStockThreshold harvestDate availableFrom availableUntil shelfLifeDays
            delivery { pickup delivery radiusMiles fee { amount currency } } location { city state postalCode latitude longitude } coldChainRequired
            sustainability { renewableEnergy } status stock { onHand reserved available } images { id url } growerRating createdAt updatedAt distanceMiles etag
            grower { growerId farmName description location { city state } growingMethods certifications verified averageRating reviewCount activeListings memberSince } } }
            pageInfo { endCursor hasNextPage } facets { category { key count } certification { key count } growingMethod { key count } price { key count } } } }
          """;

        var data = await Data(GraphQLClient(), everything);

        Assert.Equal("Green Acre Farm", data["board"]!["edges"]![0]!["node"]!["grower"]!["farmName"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task SixtyFullPagesInOneDocument_AreRefusedAsTooComplex_BeforeAnythingRuns()
    {
        var many = "{ " + string.Join(" ", Enumerable.Range(0, 60).Select(i => $"b{i}: board(first: 100) {{ edges {{ node {{ id title grower {{ farmName }} }} }} }}")) + " }";
        var result = await GraphQL(GraphQLClient(), many, status: HttpStatusCode.BadRequest);
        SingleError(result, "query_too_complex", 400);
        Assert.Null(result["data"]);
    }

    [SkippableFact]
    public async Task AMutationOverGet_Is405_AndAQueryOverGetAnswers()
    {
        var response = await GraphQLClient("gq-grower", "grower").GetAsync(Endpoint + "?query=" + Uri.EscapeDataString("""mutation { createListing(input: {}) { id } }"""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);

        var query = await GraphQLClient().GetAsync(Endpoint + "?query=" + Uri.EscapeDataString("{ board { pageInfo { hasNextPage } } }"));
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Contains("\"hasNextPage\":false", await query.Content.ReadAsStringAsync());

        var withVariables = await GraphQLClient().GetAsync(Endpoint + "?query=" + Uri.EscapeDataString("query($n: Int) { board(first: $n) { pageInfo { hasNextPage } } }")
            + "&variables=" + Uri.EscapeDataString("""{"n": 101}"""));
        Assert.Contains("\"first\"", await withVariables.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task ADocumentThatDoesNotParse_Is400InvalidQuery()
    {
        var result = await GraphQL(GraphQLClient(), "{ board { ", status: HttpStatusCode.BadRequest);
        SingleError(result, "invalid_query", 400);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteGraphQLErrorTests(SqliteApiFactory api) : GraphQLErrorTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresGraphQLErrorTests(PostgresApiFactory api) : GraphQLErrorTests(api);
