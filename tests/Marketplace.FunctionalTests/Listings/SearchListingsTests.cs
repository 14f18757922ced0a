using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Listings;

public abstract class SearchListingsTests(ApiFactory api) : ApiTestBase(api)
{
    /// <summary>Six listings that differ on every filter, by two growers; titles name them in the assertions.</summary>
    private async Task<(Grower Salinas, Grower Oakland)> SeedBoardAsync()
    {

        var salinas = await NewGrowerAsync("grower-salinas", "Salinas Valley Greens");
        var oakland = await NewGrowerAsync("grower-oakland", "Oakland Rooftop Farm");

        await CreateListingAsync(salinas.Client, b => Seed(b, new() { ["title"] = "Butterhead lettuce", ["harvestDate"] = "2026-11-20", ["unitPrice"] = Price(2450) }));
        await CreateListingAsync(salinas.Client, b => Seed(b, new()
        {
            ["title"] = "Genovese basil", ["category"] = "herbs", ["productType"] = "basil", ["variety"] = "Genovese",
            ["growingMethod"] = "aeroponic", ["certifications"] = new JsonArray("non-gmo"), ["grade"] = "b", ["unit"] = "bunch",
            ["unitPrice"] = Price(325), ["harvestDate"] = "2026-11-22", ["availableFrom"] = "2026-11-25", ["availableUntil"] = "2026-11-30",
            ["delivery"] = new JsonObject { ["pickup"] = true, ["delivery"] = false },
        }));
        await CreateListingAsync(salinas.Client, b => Seed(b, new()
        {
            ["title"] = "Heirloom tomatoes", ["category"] = "tomatoes", ["productType"] = "tomato", ["variety"] = "Brandywine",
            ["growingMethod"] = "greenhouse", ["certifications"] = new JsonArray("usda-organic", "fair-trade"), ["unit"] = "lb",
            ["unitPrice"] = Price(475), ["harvestDate"] = "2026-11-18",
            ["location"] = Location("Gilroy", 37.0058, -121.5683),
        }));
        await CreateListingAsync(oakland.Client, b => Seed(b, new()
        {
            ["title"] = "Sunflower microgreens", ["category"] = "microgreens", ["productType"] = "sunflower", ["variety"] = "Black oil",
            ["growingMethod"] = "indoor", ["certifications"] = new JsonArray(), ["unit"] = "tray", ["unitPrice"] = Price(1800),
            ["harvestDate"] = "2026-11-23", ["location"] = Location("Oakland", 37.8044, -122.2712),
            ["delivery"] = new JsonObject { ["pickup"] = false, ["delivery"] = true, ["radiusMiles"] = 20 },
        }));
        await CreateListingAsync(oakland.Client, b => Seed(b, new()
        {
            ["title"] = "Blue oyster mushrooms", ["category"] = "mushrooms", ["productType"] = "oyster mushroom", ["variety"] = "Blue",
            ["growingMethod"] = "indoor", ["certifications"] = new JsonArray("usda-organic"), ["grade"] = "c", ["unit"] = "lb",
            ["unitPrice"] = Price(1200), ["harvestDate"] = "2026-11-21", ["location"] = Location("Oakland", 37.8044, -122.2712),
        }));
        await CreateListingAsync(salinas.Client, b => b["title"] = "Draft romaine", publish: false);
        return (salinas, oakland);
    }

    private async Task<List<string>> BoardTitles(string query, HttpClient? client = null)
    {
        var page = await Expect(await (client ?? Anonymous()).GetAsync(Url("/listings?limit=100&" + query)), HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).Order().ToList();
    }

    [SkippableTheory]
    [InlineData("q=basil", new[] { "Genovese basil" })]
    [InlineData("q=OAKLAND%20farm", new[] { "Blue oyster mushrooms", "Sunflower microgreens" })]
    [InlineData("q=brandywine", new[] { "Heirloom tomatoes" })]
    [InlineData("q=gilroy", new[] { "Heirloom tomatoes" })]
    [InlineData("q=100%25", new string[0])]
    [InlineData("category=herbs&category=tomatoes", new[] { "Genovese basil", "Heirloom tomatoes" })]
    [InlineData("certification=usda-organic", new[] { "Blue oyster mushrooms", "Butterhead lettuce", "Heirloom tomatoes" })]
    [InlineData("certification=non-gmo&certification=fair-trade", new[] { "Genovese basil", "Heirloom tomatoes" })]
    [InlineData("growingMethod=indoor", new[] { "Blue oyster mushrooms", "Sunflower microgreens" })]
    [InlineData("grade=b", new[] { "Genovese basil" })]
    [InlineData("minPrice=475&maxPrice=1800", new[] { "Blue oyster mushrooms", "Heirloom tomatoes", "Sunflower microgreens" })]
    [InlineData("harvestedAfter=2026-11-22", new[] { "Genovese basil", "Sunflower microgreens" })]
    [InlineData("availableOn=2026-12-03", new[] { "Blue oyster mushrooms", "Butterhead lettuce", "Heirloom tomatoes", "Sunflower microgreens" })]
    [InlineData("delivery=pickup", new[] { "Blue oyster mushrooms", "Butterhead lettuce", "Genovese basil", "Heirloom tomatoes" })]
    [InlineData("delivery=delivery", new[] { "Blue oyster mushrooms", "Butterhead lettuce", "Heirloom tomatoes", "Sunflower microgreens" })]
    [InlineData("near=36.67,-121.65&radiusMiles=30", new[] { "Butterhead lettuce", "Genovese basil", "Heirloom tomatoes" })]
    [InlineData("near=37.80,-122.27&radiusMiles=5", new[] { "Blue oyster mushrooms", "Sunflower microgreens" })]
    [InlineData("category=mushrooms&certification=usda-organic&q=oyster", new[] { "Blue oyster mushrooms" })]
    public async Task Board_EachFilter_NarrowsToExactlyTheMatchingListings(string query, string[] expected)
    {
        await SeedBoardAsync();
        Assert.Equal(expected.Order(), await BoardTitles(query));
    }

    [SkippableFact]
    public async Task Board_GrowerIdFilter_ShowsOnlyActiveToOthers_AndDraftsToTheGrowerItself()
    {
        var (salinas, _) = await SeedBoardAsync();

        Assert.DoesNotContain("Draft romaine", await BoardTitles(""));
        Assert.DoesNotContain("Draft romaine", await BoardTitles($"growerId={salinas.Id}"));
        Assert.Contains("Draft romaine", await BoardTitles($"growerId={salinas.Id}", salinas.Client));
        Assert.Equal(3, (await BoardTitles($"growerId={salinas.Id}")).Count);
    }

    [SkippableTheory]
    [InlineData("price", new[] { "Genovese basil", "Heirloom tomatoes", "Blue oyster mushrooms", "Sunflower microgreens", "Butterhead lettuce" })]
    [InlineData("-price", new[] { "Butterhead lettuce", "Sunflower microgreens", "Blue oyster mushrooms", "Heirloom tomatoes", "Genovese basil" })]
    [InlineData("freshest", new[] { "Sunflower microgreens", "Genovese basil", "Blue oyster mushrooms", "Butterhead lettuce", "Heirloom tomatoes" })]
    [InlineData("newest", new[] { "Blue oyster mushrooms", "Sunflower microgreens", "Heirloom tomatoes", "Genovese basil", "Butterhead lettuce" })]
    public async Task Board_Sorts_OrderTheListings(string sort, string[] expected)
    {
        await SeedBoardAsync();
        var page = await Expect(await Anonymous().GetAsync(Url($"/listings?sort={sort}")), HttpStatusCode.OK);
        Assert.Equal(expected, page["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task Board_RadiusFilter_FindsAListingInsideAWideCircle_BeyondTheLongitudeOfItsCentre()
    {
        var grower = await NewGrowerAsync();
        // 1,590 miles from (37, -100), 29.3 degrees of longitude east: inside a 1,600-mile circle, whose widest longitude
        // lies north of its centre (about 29.5 degrees at latitude 41), not at the centre's latitude (29.0).
        await CreateListingAsync(grower.Client, b => b["location"] = Location("Hyannis", 40.9, -70.7));

        Assert.Equal(["Butterhead lettuce"], await BoardTitles("near=37,-100&radiusMiles=1600"));
        Assert.Empty(await BoardTitles("near=37,-100&radiusMiles=1580"));
    }

    [SkippableFact]
    public async Task Board_DistanceSort_OrdersByMilesFromNear_AndReportsThem()
    {
        await SeedBoardAsync();
        var page = await Expect(await Anonymous().GetAsync(Url("/listings?near=37.80,-122.27&sort=distance")), HttpStatusCode.OK);
        var miles = page["items"]!.AsArray().Select(i => i!["distanceMiles"]!.GetValue<double>()).ToList();
        Assert.Equal(5, miles.Count);
        Assert.Equal(miles.Order(), miles);
        Assert.InRange(miles[0], 0, 1);
        Assert.InRange(miles[^1], 60, 120); // Oakland to Salinas is about 85 miles
    }

    [SkippableFact]
    public async Task Board_DistanceSortWithoutRadius_PagesExactlyAsTheWholeBoardSortedByDistance_ReadingABoxFirst()
    {
        var grower = await NewGrowerAsync();
        // Spread from 3 to about 2,400 miles in every direction, so pages come from every widening of the box and the fallback.
        (double Lat, double Lng)[] offsets =
            [(0.04, 0), (0, -0.2), (-0.3, 0.1), (0.6, 0), (0, 1.5), (-2, 0), (3, 3), (-5, -4), (8, 0), (0, -20), (-15, 10), (12, 30), (-30, 0), (5, -45)];
        var expected = new List<(string Id, double Miles)>();
        for (var i = 0; i < offsets.Length; i++)
        {
            var (lat, lng) = (35 + offsets[i].Lat, -100 + offsets[i].Lng);
            var listing = await CreateListingAsync(grower.Client, b => b["location"] = Location($"Spot {i}", lat, lng));
            expected.Add((Id(listing), Domain.Common.GeoDistance.Miles(35, -100, lat, lng)));
        }
        var nearestFirst = expected.OrderBy(e => e.Miles).Select(e => e.Id).ToList();

        var statements = new System.Collections.Concurrent.ConcurrentQueue<string>();
        Api.Commands.FailWhen = sql =>
        {
            if (sql.Contains("marketplace_listings", StringComparison.OrdinalIgnoreCase)) statements.Enqueue(sql);
            return false;
        };
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Expect(await Anonymous().GetAsync(Url("/listings?near=35,-100&sort=distance&limit=3"
                + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"))), HttpStatusCode.OK);
            var miles = page["items"]!.AsArray().Select(i => i!["distanceMiles"]!.GetValue<double>()).ToList();
            Assert.Equal(miles.Order(), miles);
            seen.AddRange(Ids(page));
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);
        Api.Commands.FailWhen = null;

        Assert.Equal(nearestFirst, seen);
        // The same board with a radius that holds every listing, one page: the whole board sorted by distance.
        var whole = await Expect(await Anonymous().GetAsync(Url("/listings?near=35,-100&radiusMiles=3000&sort=distance&limit=100")), HttpStatusCode.OK);
        Assert.Equal(nearestFirst, Ids(whole));
        // The first page was looked for inside a latitude band (the box the (status, latitude, longitude) index serves).
        Assert.Contains(statements, sql => System.Text.RegularExpressions.Regex.IsMatch(sql, @"latitude""?\s*>=", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [SkippableFact]
    public async Task Board_TextWithAColumnSort_JoinsTheTextMatchesOnce_InsteadOfTestingEachListing()
    {
        await SeedBoardAsync();
        var statements = new System.Collections.Concurrent.ConcurrentQueue<string>();
        Api.Commands.FailWhen = sql =>
        {
            if (sql.Contains("marketplace_listings", StringComparison.OrdinalIgnoreCase)) statements.Enqueue(sql);
            return false;
        };
        var page = await Expect(await Anonymous().GetAsync(Url("/listings?q=oakland&sort=price&facets=true")), HttpStatusCode.OK);
        Api.Commands.FailWhen = null;

        Assert.Equal(["Blue oyster mushrooms", "Sunflower microgreens"], page["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()));
        Assert.Equal(2, page["facets"]!["category"]!.AsObject().Sum(p => p.Value!.GetValue<int>()));
        // A correlated EXISTS runs the full-text match once per listing of the board (on SQLite, one FTS5 query per row);
        // a join runs it once.
        var board = statements.Where(sql => sql.Contains("ORDER BY", StringComparison.OrdinalIgnoreCase) || sql.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(2, board.Count);
        Assert.All(board, sql => Assert.DoesNotContain("EXISTS", sql, StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task Board_CursorPaging_ReturnsEachListingExactlyOnce_WhileListingsAreAdded()
    {
        var grower = await NewGrowerAsync();
        for (var i = 0; i < 7; i++) await CreateListingAsync(grower.Client, b => b["title"] = $"Lettuce {i}");

        foreach (var sort in new[] { "newest", "price", "-price", "freshest", "rating", "relevance" })
        {
            var seen = new List<string>();
            string? cursor = null;
            var added = 0;
            do
            {
                var url = Url($"/listings?limit=3&sort={sort}&q=lettuce" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
                var page = await Expect(await Anonymous().GetAsync(url), HttpStatusCode.OK);
                seen.AddRange(Ids(page));
                cursor = page["nextCursor"]?.GetValue<string>();
                // A listing published between pages must not shift the pages that follow.
                if (added++ < 2) await CreateListingAsync(grower.Client, b => b["title"] = $"Late lettuce {sort} {added}");
            } while (cursor is not null);

            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.True(seen.Count >= 7, $"{sort}: saw {seen.Count}");
        }
    }

    [SkippableFact]
    public async Task Board_Facets_CountExactlyTheFilteredListings()
    {
        await SeedBoardAsync();
        var page = await Expect(await Anonymous().GetAsync(Url("/listings?facets=true&limit=1&maxPrice=2000")), HttpStatusCode.OK);
        var all = await BoardTitles("maxPrice=2000");
        var facets = page["facets"]!;

        Assert.Equal(all.Count, facets["category"]!.AsObject().Sum(p => p.Value!.GetValue<int>()));
        Assert.Equal(all.Count, facets["growingMethod"]!.AsObject().Sum(p => p.Value!.GetValue<int>()));
        Assert.Equal(all.Count, facets["price"]!.AsObject().Sum(p => p.Value!.GetValue<int>()));
        Assert.Equal(2, facets["certification"]!["usda-organic"]!.GetValue<int>());
        Assert.Equal(2, facets["growingMethod"]!["indoor"]!.GetValue<int>());
        Assert.Equal(2, facets["price"]!["0-500"]!.GetValue<int>());
        Assert.Equal(2, facets["price"]!["1000-2500"]!.GetValue<int>());
        Assert.Equal(4, all.Count);
        Assert.Null((await Expect(await Anonymous().GetAsync(Url("/listings")), HttpStatusCode.OK))["facets"]);
    }

    [SkippableFact]
    public async Task Board_Facets_AreCountedInOneRoundTrip_WithoutReadingListingRows()
    {
        await SeedBoardAsync();
        var listingQueries = new System.Collections.Concurrent.ConcurrentQueue<string>();
        Api.Commands.FailWhen = sql =>
        {
            if (sql.Contains("marketplace_listings", StringComparison.OrdinalIgnoreCase)) listingQueries.Enqueue(sql);
            return false;
        };

        // The same filters without and with facets: the difference is what the facets cost.
        await Expect(await Anonymous().GetAsync(Url("/listings?limit=1&maxPrice=2000")), HttpStatusCode.OK);
        var withoutFacets = listingQueries.Count;
        listingQueries.Clear();
        var page = await Expect(await Anonymous().GetAsync(Url("/listings?facets=true&limit=1&maxPrice=2000")), HttpStatusCode.OK);
        Api.Commands.FailWhen = null;

        Assert.Equal(withoutFacets + 1, listingQueries.Count);
        Assert.Contains(listingQueries, sql => sql.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));
        // Hand-counted over the four listings at or under 2000: basil (325, aeroponic, non-gmo), tomatoes (475, greenhouse,
        // usda-organic + fair-trade), microgreens (1800, indoor, none) and mushrooms (1200, indoor, usda-organic).
        var facets = page["facets"]!;
        Assert.Equal(4, facets["category"]!.AsObject().Sum(p => p.Value!.GetValue<int>()));
        Assert.Equal(4, facets["growingMethod"]!.AsObject().Sum(p => p.Value!.GetValue<int>()));
        Assert.Equal(4, facets["price"]!.AsObject().Sum(p => p.Value!.GetValue<int>()));
        Assert.Equal(2, facets["certification"]!["usda-organic"]!.GetValue<int>());
        Assert.Equal(1, facets["certification"]!["non-gmo"]!.GetValue<int>());
        Assert.Equal(1, facets["certification"]!["fair-trade"]!.GetValue<int>());
        Assert.Equal(3, facets["certification"]!.AsObject().Count);
        Assert.Equal(1, facets["category"]!["mushrooms"]!.GetValue<int>());
        Assert.Equal(1, facets["growingMethod"]!["greenhouse"]!.GetValue<int>());
        Assert.Equal(1, facets["growingMethod"]!["aeroponic"]!.GetValue<int>());
        Assert.Equal(2, facets["growingMethod"]!["indoor"]!.GetValue<int>());
        Assert.Equal(2, facets["price"]!["0-500"]!.GetValue<int>());
        Assert.Equal(2, facets["price"]!["1000-2500"]!.GetValue<int>());
    }

    [SkippableTheory]
    [InlineData("limit=1000", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("category=leafy", "category[0]")]
    [InlineData("growingMethod=dirt", "growingMethod[0]")]
    [InlineData("grade=z", "grade")]
    [InlineData("sort=cheapest", "sort")]
    [InlineData("sort=distance", "sort")]
    [InlineData("near=91,10", "near")]
    [InlineData("radiusMiles=10", "radiusMiles")]
    [InlineData("minPrice=-1", "minPrice")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Board_BadQuery_Returns400WithTheField(string query, string field)
    {
        var problem = await Expect(await Anonymous().GetAsync(Url("/listings?" + query)), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]?[field] is not null, problem.ToJsonString());
    }

    [SkippableFact]
    public async Task Board_CachedPages_AreDroppedWhenAListingIsPublishedOrPaused()
    {
        var grower = await NewGrowerAsync();
        var first = await CreateListingAsync(grower.Client, b => b["title"] = "Cached kale");
        var url = Url("/listings?q=kale");

        Assert.Single(Ids(await Expect(await Anonymous().GetAsync(url), HttpStatusCode.OK)));
        var repeated = await Anonymous().GetAsync(url);
        Assert.True(repeated.Headers.Age is not null, "the second identical anonymous request should come from the cache");

        var second = await CreateListingAsync(grower.Client, b => b["title"] = "Fresh kale");
        Assert.Equal(2, Ids(await Expect(await Anonymous().GetAsync(url), HttpStatusCode.OK)).Count);
        await Expect(await grower.Client.PostAsync(Url($"/listings/{Id(first)}/pause"), null), HttpStatusCode.OK);
        Assert.Equal([Id(second)], Ids(await Expect(await Anonymous().GetAsync(url), HttpStatusCode.OK)));
    }

    [SkippableFact]
    public async Task Board_CursorFromAnotherSort_Returns400()
    {
        var grower = await NewGrowerAsync();
        for (var i = 0; i < 3; i++) await CreateListingAsync(grower.Client);
        var page = await Expect(await Anonymous().GetAsync(Url("/listings?limit=1&sort=price")), HttpStatusCode.OK);
        var cursor = page["nextCursor"]!.GetValue<string>();

        await ExpectProblem(await Anonymous().GetAsync(Url($"/listings?sort=newest&cursor={cursor}")), HttpStatusCode.BadRequest, "invalid_cursor");
    }

    /// <summary>The body with the given fields and, unless they say otherwise, a fixed availability window.</summary>
    private static void Seed(JsonObject body, JsonObject changes)
    {
        body["availableFrom"] = "2026-11-21";
        body["availableUntil"] = "2026-12-05";
        body.Merge(changes);
    }

    private static JsonObject Price(long amount) => new() { ["amount"] = amount, ["currency"] = "USD" };

    private static JsonObject Location(string city, double latitude, double longitude) =>
        new() { ["city"] = city, ["state"] = "CA", ["postalCode"] = "94000", ["latitude"] = latitude, ["longitude"] = longitude };
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSearchListingsTests(SqliteApiFactory api) : SearchListingsTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchListingsTests(PostgresApiFactory api) : SearchListingsTests(api);
