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

    private async Task<JsonNode> ReindexThreeActiveListingsAsync()
    {
        Algolia.StubWrites();
        var grower = await NewGrowerAsync();
        for (var i = 0; i < 3; i++) await CreateListingAsync(grower.Client, b => b["title"] = $"Lettuce {i}");
        await CreateListingAsync(grower.Client, b => b["title"] = "Draft", publish: false);
        Algolia.Algolia.ResetLogEntries();
        return await Expect(await As("ops", "admin").PostAsync(Url("/admin/search/reindex"), null), HttpStatusCode.OK);
    }

    private static readonly string[] Replicas =
        ["price_asc", "price_desc", "newest", "freshest", "rating"];

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToArray();

    [SkippableFact]
    public async Task Reindex_SendsTheBoardsRelevanceSettings_ReplicasAndTheirRanking()
    {
        await ReindexThreeActiveListingsAsync();

        var put = Assert.Single(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}/settings"));
        Assert.Equal("PUT", put.RequestMessage.Method);
        Assert.Equal("true", put.RequestMessage.Query!["forwardToReplicas"].Single());
        AssertHeaders(put);
        var settings = Body(put);
        AssertRelevanceSettings(settings);
        Assert.Equal(Replicas.Select(r => $"{AlgoliaApiFactory.Index}_{r}"), Strings(settings["replicas"]));

        // Standard replicas sort exhaustively by the board's sort key first, as the database board does.
        var sortKeys = new Dictionary<string, string>
        {
            ["price_asc"] = "asc(unitPriceAmount)", ["price_desc"] = "desc(unitPriceAmount)", ["newest"] = "desc(createdAt)",
            ["freshest"] = "desc(harvestDay)", ["rating"] = "desc(growerRating)",
        };
        foreach (var (replica, key) in sortKeys)
        {
            var replicaPut = Assert.Single(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}_{replica}/settings"));
            Assert.Equal("PUT", replicaPut.RequestMessage.Method);
            var ranking = Strings(Body(replicaPut)["ranking"]);
            Assert.Equal(key, ranking[0]);
            Assert.Equal(["typo", "geo", "words", "filters", "proximity", "attribute", "exact", "custom"], ranking[1..]);
        }

        // The temporary index gets the same relevance settings but no replicas: the live index keeps them.
        var temporary = Body(Assert.Single(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.TemporaryIndex}/settings")));
        AssertRelevanceSettings(temporary);
        Assert.Null(temporary["replicas"]);
    }

    private static void AssertRelevanceSettings(JsonNode settings)
    {
        Assert.Equal(["title", "unordered(productType),unordered(variety)", "unordered(farmName),unordered(city)", "unordered(description)"],
            Strings(settings["searchableAttributes"]));
        Assert.True(settings["ignorePlurals"]!.GetValue<bool>());
        Assert.Equal(["en"], Strings(settings["queryLanguages"]));
        Assert.True(settings["typoTolerance"]!.GetValue<bool>());
        Assert.Equal(5, settings["minWordSizefor1Typo"]!.GetValue<int>());
        // API.md allows one typo, never two, whatever the word's length.
        Assert.True(settings["minWordSizefor2Typos"]!.GetValue<int>() > 50);
        Assert.Equal(["category", "certifications", "growingMethod", "priceBucket",
                "filterOnly(grade)", "filterOnly(growerId)", "filterOnly(offersPickup)", "filterOnly(offersDelivery)"],
            Strings(settings["attributesForFaceting"]));
        Assert.Equal(["desc(harvestDay)"], Strings(settings["customRanking"]));
    }

    [SkippableFact]
    public async Task Reindex_FillsATemporaryIndex_AndMovesItIntoPlace_NeverClearingTheLiveIndex()
    {
        var result = await ReindexThreeActiveListingsAsync();

        Assert.Equal(3, result["indexed"]!.GetValue<int>());
        var sent = Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.TemporaryIndex}/batch").SelectMany(c => Body(c)["requests"]!.AsArray()).ToList();
        Assert.Equal(3, sent.Count);
        Assert.All(sent, r => Assert.Equal("addObject", r!["action"]!.GetValue<string>()));
        Assert.Empty(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}/clear"));
        Assert.Empty(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}/batch"));

        var move = Assert.Single(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.TemporaryIndex}/operation"));
        Assert.Equal("move", Body(move)["operation"]!.GetValue<string>());
        Assert.Equal(AlgoliaApiFactory.Index, Body(move)["destination"]!.GetValue<string>());

        // Writes in order: live settings, a fresh temporary index with its settings, its objects, then the move;
        // each write waits until Algolia reports its task published, so the move never carries a half-filled index.
        var writes = Algolia.AllCalls().Where(c => c.RequestMessage.Method != "GET").Select(c => $"{c.RequestMessage.Method} {c.RequestMessage.Path}").ToList();
        var tmp = $"/1/indexes/{AlgoliaApiFactory.TemporaryIndex}";
        Assert.True(writes.IndexOf($"PUT /1/indexes/{AlgoliaApiFactory.Index}/settings") < writes.IndexOf($"DELETE {tmp}"));
        Assert.True(writes.IndexOf($"DELETE {tmp}") < writes.IndexOf($"PUT {tmp}/settings"));
        Assert.True(writes.IndexOf($"PUT {tmp}/settings") < writes.IndexOf($"POST {tmp}/batch"));
        Assert.Equal($"POST {tmp}/operation", writes[^1]);
        Assert.True(writes.LastIndexOf($"POST {tmp}/batch") < writes.Count - 1);
        var all = Algolia.AllCalls().Select(c => $"{c.RequestMessage.Method} {c.RequestMessage.Path}").ToList();
        Assert.StartsWith($"GET {tmp}/task/", all[^1], StringComparison.Ordinal);
        Assert.StartsWith("GET /1/indexes/", all[all.LastIndexOf($"POST {tmp}/batch") + 1], StringComparison.Ordinal);

        await ExpectProblem(await As("g", "grower").PostAsync(Url("/admin/search/reindex"), null), HttpStatusCode.Forbidden, "role_required");
    }

    [SkippableFact]
    public async Task Reindex_ListingsChangedWhileItRan_AreWrittenToTheLiveIndexAfterTheMove()
    {
        Algolia.StubWrites();
        var grower = await NewGrowerAsync();
        var renamed = Id(await CreateListingAsync(grower.Client, b => b["title"] = "Lettuce before"));
        var paused = Id(await CreateListingAsync(grower.Client, b => b["title"] = "Lettuce to pause"));
        await DispatchAsync();
        // While the temporary index fills (after the reindex has read both listings), the grower renames one and pauses
        // the other, and their events reach the live index before the move replaces it with the older copy.
        var changed = 0;
        Algolia.Algolia.Given(Request.Create().WithPath($"/1/indexes/{AlgoliaApiFactory.TemporaryIndex}/batch").UsingPost())
            .AtPriority(0).RespondWith(Response.Create().WithCallback(_ =>
            {
                if (Interlocked.Exchange(ref changed, 1) == 0)
                {
                    Expect(PutJson(grower.Client, Url($"/listings/{renamed}"), Bodies.ListingUpdate("Lettuce after")).GetAwaiter().GetResult(), HttpStatusCode.OK)
                        .GetAwaiter().GetResult();
                    Expect(grower.Client.PostAsync(Url($"/listings/{paused}/pause"), null).GetAwaiter().GetResult(), HttpStatusCode.OK).GetAwaiter().GetResult();
                    DispatchAsync().GetAwaiter().GetResult();
                }
                return new WireMock.ResponseMessage
                {
                    StatusCode = 200,
                    Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                    BodyData = new WireMock.Util.BodyData { BodyAsString = """{"taskID":4,"objectIDs":[]}""", DetectedBodyType = WireMock.Types.BodyType.String },
                };
            }));
        Algolia.Algolia.ResetLogEntries();

        await Expect(await As("ops", "admin").PostAsync(Url("/admin/search/reindex"), null), HttpStatusCode.OK);

        Assert.Equal(1, changed);
        var calls = Algolia.AllCalls().Where(c => c.RequestMessage.Method != "GET").ToList();
        var move = calls.FindIndex(c => c.RequestMessage.Path == $"/1/indexes/{AlgoliaApiFactory.TemporaryIndex}/operation");
        Assert.True(move > 0, "the reindex moved the temporary index into place");
        var afterMove = calls.Skip(move + 1).Where(c => c.RequestMessage.Path == $"/1/indexes/{AlgoliaApiFactory.Index}/batch")
            .SelectMany(c => Body(c)["requests"]!.AsArray()).ToList();
        var upsert = Assert.Single(afterMove, r => r!["body"]!["objectID"]!.GetValue<string>() == renamed);
        Assert.Equal("updateObject", upsert!["action"]!.GetValue<string>());
        Assert.Equal("Lettuce after", upsert["body"]!["title"]!.GetValue<string>());
        var deletion = Assert.Single(afterMove, r => r!["body"]!["objectID"]!.GetValue<string>() == paused);
        Assert.Equal("deleteObject", deletion!["action"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Reindex_PollsATask_UntilAlgoliaReportsItPublished_BeforeTheNextWrite()
    {
        Algolia.StubWrites();
        var grower = await NewGrowerAsync();
        await CreateListingAsync(grower.Client);
        // The first task asked about is still queued; every later answer says published.
        Algolia.Algolia.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/1/indexes/*/task/*")).UsingGet())
            .AtPriority(0).InScenario("task").WillSetStateTo("published")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"status":"notPublished","pendingTask":true}"""));
        Algolia.Algolia.ResetLogEntries();

        await Expect(await As("ops", "admin").PostAsync(Url("/admin/search/reindex"), null), HttpStatusCode.OK);

        var calls = Algolia.AllCalls().Select(c => $"{c.RequestMessage.Method} {c.RequestMessage.Path}").ToList();
        Assert.Equal($"PUT /1/indexes/{AlgoliaApiFactory.Index}/settings", calls[0]);
        Assert.StartsWith($"GET /1/indexes/{AlgoliaApiFactory.Index}/task/", calls[1], StringComparison.Ordinal);
        Assert.Equal(calls[1], calls[2]);
        Assert.DoesNotContain("GET", calls[3], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Reindex_WhenTheMoveFails_Returns503_AndNeverTouchesTheLiveIndexRecords()
    {
        Algolia.StubWrites();
        var grower = await NewGrowerAsync();
        await CreateListingAsync(grower.Client);
        Algolia.Algolia.Given(Request.Create().WithPath($"/1/indexes/{AlgoliaApiFactory.TemporaryIndex}/operation").UsingPost())
            .AtPriority(0).RespondWith(Response.Create().WithStatusCode(500));
        Algolia.Algolia.ResetLogEntries();

        await ExpectProblem(await As("ops", "admin").PostAsync(Url("/admin/search/reindex"), null),
            HttpStatusCode.ServiceUnavailable, "search_unavailable");

        Assert.NotEmpty(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.TemporaryIndex}/operation"));
        Assert.Empty(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}/clear"));
        Assert.Empty(Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}/batch"));
    }

    [SkippableFact]
    public async Task Board_NextCursorFromAlgolia_AsksAlgoliaForTheNextPage()
    {
        Algolia.StubWrites();
        var grower = await NewGrowerAsync();
        var first = await CreateListingAsync(grower.Client, b => b["title"] = "Genovese basil");
        var second = await CreateListingAsync(grower.Client, b => b["title"] = "Thai basil");
        // Algolia answers the first query with page 0 and the next with page 1; which page was asked for is checked below.
        var query = Request.Create().WithPath($"/1/indexes/{AlgoliaApiFactory.Index}_price_asc/query").UsingPost();
        Algolia.Algolia.Given(query).InScenario("pages").WillSetStateTo("second")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(
                $$"""{"hits":[{"objectID":"{{Id(first)}}"}],"page":0,"nbPages":2}"""));
        Algolia.Algolia.Given(query).InScenario("pages").WhenStateIs("second")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(
                $$"""{"hits":[{"objectID":"{{Id(second)}}"}],"page":1,"nbPages":2}"""));

        var page = await Expect(await Anonymous().GetAsync(Url("/listings?sort=price&limit=1")), HttpStatusCode.OK);
        Assert.Equal([Id(first)], Ids(page));
        var cursor = page["nextCursor"]!.GetValue<string>();
        var next = await Expect(await Anonymous().GetAsync(Url($"/listings?sort=price&limit=1&cursor={Uri.EscapeDataString(cursor)}")), HttpStatusCode.OK);

        Assert.Equal([Id(second)], Ids(next));
        Assert.Null(next["nextCursor"]);
        var pages = Algolia.Calls($"/1/indexes/{AlgoliaApiFactory.Index}_price_asc/query").Select(c => Body(c)["page"]!.GetValue<int>());
        Assert.Equal([0, 1], pages);
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
