using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Marketplace.FunctionalTests.Search;

/// <summary>The Algolia adapter against a local server checking Algolia's REST wire format.</summary>
public sealed class AlgoliaTests(AlgoliaApiFactory api) : ApiTestBase(api), IClassFixture<AlgoliaApiFactory>
{
    private AlgoliaApiFactory Algolia => (AlgoliaApiFactory)Api;

    private async Task DispatchAsync()
    {
        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }
    }

    private static JsonNode Body(WireMock.Logging.ILogEntry call) => JsonNode.Parse(call.RequestMessage.Body!)!;

    private static void AssertHeaders(WireMock.Logging.ILogEntry call)
    {
        Assert.Equal(AlgoliaApiFactory.ApplicationId, call.RequestMessage.Headers!["X-Algolia-Application-Id"].Single());
        Assert.Equal(AlgoliaApiFactory.ApiKey, call.RequestMessage.Headers!["X-Algolia-API-Key"].Single());
    }

    [SkippableFact]
    public async Task PublishedListings_AreUpserted_AndPausedOnesDeleted_ByObjectId()
    {
        Algolia.StubWrites();
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        await DispatchAsync();

        var upserts = Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}/batch").Select(Body)
            .SelectMany(b => b["requests"]!.AsArray()).Where(r => r!["action"]!.GetValue<string>() == "updateObject").ToList();
        var document = upserts.Last()!["body"]!;
        Assert.Equal(Id(listing), document["objectID"]!.GetValue<string>());
        Assert.Equal("Butterhead lettuce", document["title"]!.GetValue<string>());
        Assert.Equal(2450, document["unitPriceAmount"]!.GetValue<long>());
        Assert.Equal(36.67, document["_geoloc"]!["lat"]!.GetValue<double>());
        Assert.All(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}/batch"), AssertHeaders);

        await Expect(await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/pause"), null), HttpStatusCode.OK);
        await DispatchAsync();
        var last = Body(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}/batch")[^1])["requests"]![0]!;
        Assert.Equal("deleteObject", last["action"]!.GetValue<string>());
        Assert.Equal(Id(listing), last["body"]!["objectID"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Board_AsksAlgolia_WithFiltersAndGeo_AndAnswersInTheSameShape()
    {
        Algolia.StubWrites();
        var grower = await NewGrowerAsync();
        var first = await CreateListingAsync(grower.Client, b => b["title"] = "Genovese basil");
        var second = await CreateListingAsync(grower.Client, b => b["title"] = "Thai basil");
        Algolia.Algolia.Given(Request.Create().WithPath($"/1/indexes/{AlgoliaApiFactory.Index}_price_asc/query").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(
                $$"""{"hits":[{"objectID":"{{Id(second)}}"},{"objectID":"{{Id(first)}}"}],"page":0,"nbPages":2,"nbHits":3,"facets":{"category":{"leafy-greens":3},"certifications":{"usda-organic":3},"growingMethod":{"hydroponic":3},"priceBucket":{"1000-2500":3} } }"""));

        var page = await Expect(await Anonymous().GetAsync(Url(
            "/listings?q=basil&category=herbs&category=leafy-greens&certification=usda-organic&minPrice=100&near=36.67,-121.65&radiusMiles=25&sort=price&limit=2&facets=true")),
            HttpStatusCode.OK);

        Assert.Equal([Id(second), Id(first)], Ids(page));
        Assert.Equal("Thai basil", page["items"]![0]!["title"]!.GetValue<string>());
        Assert.NotNull(page["items"]![0]!["distanceMiles"]);
        Assert.NotNull(page["nextCursor"]);
        Assert.Equal(3, page["facets"]!["certification"]!["usda-organic"]!.GetValue<int>());
        Assert.Equal(3, page["facets"]!["price"]!["1000-2500"]!.GetValue<int>());

        var call = Assert.Single(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}_price_asc/query"));
        AssertHeaders(call);
        var body = Body(call);
        Assert.Equal("basil", body["query"]!.GetValue<string>());
        var filters = body["filters"]!.GetValue<string>();
        Assert.Contains("(category:\"herbs\" OR category:\"leafy-greens\")", filters, StringComparison.Ordinal);
        Assert.Contains("certifications:\"usda-organic\"", filters, StringComparison.Ordinal);
        Assert.Contains("unitPriceAmount >= 100", filters, StringComparison.Ordinal);
        Assert.Equal("36.67,-121.65", body["aroundLatLng"]!.GetValue<string>());
        Assert.Equal(40234, body["aroundRadius"]!.GetValue<int>());
        Assert.Equal(2, body["hitsPerPage"]!.GetValue<int>());
        Assert.Equal(0, body["page"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Reindex_ClearsAndSendsEveryActiveListing()
    {
        Algolia.StubWrites();
        var grower = await NewGrowerAsync();
        for (var i = 0; i < 3; i++) await CreateListingAsync(grower.Client, b => b["title"] = $"Lettuce {i}");
        await CreateListingAsync(grower.Client, b => b["title"] = "Draft", publish: false);
        Algolia.Algolia.ResetLogEntries();

        var result = await Expect(await As("ops", "admin").PostAsync(Url("/admin/search/reindex"), null), HttpStatusCode.OK);

        Assert.Equal(3, result["indexed"]!.GetValue<int>());
        Assert.Single(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}/clear"));
        var sent = Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}/batch").SelectMany(c => Body(c)["requests"]!.AsArray()).ToList();
        Assert.Equal(3, sent.Count);
        await ExpectProblem(await As("g", "grower").PostAsync(Url("/admin/search/reindex"), null), HttpStatusCode.Forbidden, "role_required");
    }

    [SkippableFact]
    public async Task Board_WhenAlgoliaFails_Returns503()
    {
        Algolia.StubWrites();
        Algolia.Algolia.Given(Request.Create().WithPath($"/1/indexes/{AlgoliaApiFactory.Index}_newest/query").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500));
        await ExpectProblem(await Anonymous().GetAsync(Url("/listings")), HttpStatusCode.ServiceUnavailable, "search_unavailable");
    }
}
