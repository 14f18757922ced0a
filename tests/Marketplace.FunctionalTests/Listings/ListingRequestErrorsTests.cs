using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Listings;

/// <summary>Bad tokens, wrong roles and bad bodies: each a clear 4xx problem, and nothing stored.</summary>
public abstract class ListingRequestErrorsTests(ApiFactory api) : ApiTestBase(api)
{
    public static TheoryData<string, string> BadTokens => new()
    {
        { "expired", TestTokens.Create("g", ["grower"], expires: DateTime.UtcNow.AddMinutes(-5)) },
        { "wrong issuer", TestTokens.Create("g", ["grower"], issuer: "someone-else") },
        { "wrong audience", TestTokens.Create("g", ["grower"], audience: "billing") },
        { "wrong key", TestTokens.Create("g", ["grower"], key: "another-signing-key-that-is-long-enough-1234") },
        { "tampered", TestTokens.For("g", "grower")[..^4] + "AAAA" },
        { "alg none", TestTokens.Unsigned("g", "grower") },
        { "garbage", "not.a.jwt" },
    };

    [SkippableFact]
    public async Task CreateListing_WithoutToken_Returns401Problem()
    {
        await ExpectProblem(await PostJson(Anonymous(), Url("/listings"), Bodies.Listing()), HttpStatusCode.Unauthorized, "unauthorized");
        await ExpectProblem(await Anonymous().GetAsync(Url("/users/me")), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [SkippableTheory]
    [MemberData(nameof(BadTokens))]
    public async Task CreateListing_WithBadToken_Returns401(string kind, string token)
    {
        var response = await PostJson(Api.Client(token), Url("/listings"), Bodies.Listing());
        var problem = await ExpectProblem(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.True(problem["detail"] is not null, kind);
    }

    [SkippableFact]
    public async Task RolesArrayClaim_IsHonoured()
    {
        var client = Api.Client(TestTokens.Create("array-roles", ["buyer", "grower"], rolesAsArray: true));
        var me = await Expect(await client.GetAsync(Url("/users/me")), HttpStatusCode.OK);
        Assert.Equal(["buyer", "grower"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task CreateListing_AsBuyer_Returns403()
    {
        await ExpectProblem(await PostJson(As("buyer-1", "buyer"), Url("/listings"), Bodies.Listing()), HttpStatusCode.Forbidden, "role_required");
    }

    [SkippableFact]
    public async Task CreateListing_WithoutGrowerProfile_Returns403()
    {
        await ExpectProblem(await PostJson(As("new-grower", "grower"), Url("/listings"), Bodies.Listing()),
            HttpStatusCode.Forbidden, "grower_profile_required");
    }

    [SkippableTheory]
    [InlineData("{\"title\":", "title")]
    [InlineData("[1,2,3]", "")]
    [InlineData("{\"title\": 42}", "title")]
    [InlineData("{\"unitPrice\": {\"amount\": \"cheap\"}}", "unitPrice.amount")]
    [InlineData("{\"unitPrice\": {\"amount\": 24.5}}", "unitPrice.amount")]
    [InlineData("{\"quantityAvailable\": \"12\"}", "quantityAvailable")]
    [InlineData("{\"category\": \"leafy\"}", "category")]
    [InlineData("{\"category\": 3}", "category")]
    [InlineData("{\"harvestDate\": \"20/11/2026\"}", "harvestDate")]
    public async Task CreateListing_MalformedOrMistypedJson_Returns400WithTheField(string body, string field)
    {
        var grower = await NewGrowerAsync();
        var problem = await ExpectProblem(await PostRaw(grower.Client, Url("/listings"), body), HttpStatusCode.BadRequest, "malformed_json");
        Assert.True(problem["errors"]?[field] is not null, problem.ToJsonString());
        await AssertNoListingsAsync(grower);
    }

    [SkippableTheory]
    [InlineData("unitPrice", "{\"amount\":-100,\"currency\":\"USD\"}", "unitPrice.amount")]
    [InlineData("unitPrice", "{\"amount\":100,\"currency\":\"dollars\"}", "unitPrice.currency")]
    [InlineData("title", "\"\"", "title")]
    [InlineData("category", "null", "category")]
    [InlineData("unit", "null", "unit")]
    [InlineData("growingMethod", "null", "growingMethod")]
    [InlineData("quantityAvailable", "-1", "quantityAvailable")]
    [InlineData("quantityAvailable", "1.2345", "quantityAvailable")]
    [InlineData("minimumOrderQuantity", "0", "minimumOrderQuantity")]
    [InlineData("certifications", "[\"USDA Organic\"]", "certifications[0]")]
    [InlineData("bulkDiscounts", "[{\"minQuantity\":10,\"percentOff\":120}]", "bulkDiscounts[0].percentOff")]
    [InlineData("availableUntil", "\"2026-11-01\"", "availableUntil")]
    [InlineData("location", "{\"city\":\"Salinas\",\"state\":\"CA\",\"postalCode\":\"93901\",\"latitude\":123,\"longitude\":0}", "location.latitude")]
    [InlineData("delivery", "{\"pickup\":true,\"delivery\":true}", "delivery.radiusMiles")]
    [InlineData("delivery", "{\"pickup\":true,\"delivery\":true,\"radiusMiles\":10,\"fee\":{\"amount\":100,\"currency\":\"EUR\"}}", "delivery.fee.currency")]
    public async Task CreateListing_InvalidField_Returns400ValidationProblem(string property, string json, string field)
    {
        var grower = await NewGrowerAsync();
        var body = Bodies.Listing();
        body[property] = JsonNode.Parse(json);

        var problem = await ExpectProblem(await PostJson(grower.Client, Url("/listings"), body), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem["errors"]?[field] is not null, problem.ToJsonString());
        await AssertNoListingsAsync(grower);
    }

    [SkippableFact]
    public async Task AdjustStock_BadBodies_Return400()
    {
        var grower = await NewGrowerAsync();
        var id = Id(await CreateListingAsync(grower.Client));

        await ExpectProblem(await grower.Client.PostAsJsonAsync(Url($"/listings/{id}/stock"), new { kind = "received", quantity = -3 }),
            HttpStatusCode.BadRequest, "validation_failed");
        await ExpectProblem(await grower.Client.PostAsJsonAsync(Url($"/listings/{id}/stock"), new { kind = "sold", quantity = 3 }),
            HttpStatusCode.BadRequest, "malformed_json");
        await ExpectProblem(await grower.Client.PostAsJsonAsync(Url($"/listings/{id}/stock"), new { kind = "adjusted", quantity = 0 }),
            HttpStatusCode.BadRequest, "validation_failed");
    }

    [SkippableFact]
    public async Task UnknownListing_Returns404Problem()
    {
        var grower = await NewGrowerAsync();
        await ExpectProblem(await Anonymous().GetAsync(Url($"/listings/{Guid.NewGuid()}")), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await grower.Client.PostAsync(Url($"/listings/{Guid.NewGuid()}/publish"), null), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await Anonymous().GetAsync(Url("/listings/not-a-guid")), HttpStatusCode.NotFound, "not_found");
    }

    private async Task AssertNoListingsAsync(Grower grower)
    {
        var page = await Expect(await grower.Client.GetAsync(Url($"/listings?growerId={grower.Id}")), HttpStatusCode.OK);
        Assert.Empty(page["items"]!.AsArray());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteListingRequestErrorsTests(SqliteApiFactory api) : ListingRequestErrorsTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresListingRequestErrorsTests(PostgresApiFactory api) : ListingRequestErrorsTests(api);
