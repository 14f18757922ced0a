using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Search;

/// <summary>
/// What buyers type against what growers wrote: plurals, accents, case, one typo, word order, and each searched
/// field. Every case names the listing that must be in the first three results of the default (relevance) sort.
/// </summary>
public abstract class BoardRelevanceTests(ApiFactory api) : ApiTestBase(api)
{
    /// <summary>(query, title expected in the top 3, what the case covers).</summary>
    public static readonly (string Query, string Expected, string Covers)[] Cases =
    [
        ("tomatoes", "Cherry tomato", "plural to singular"),
        ("chiles", "Jalapeño chile", "plural to singular"),
        ("orchards", "Fuji apples", "plural to singular, farm name"),
        ("strawberry", "Strawberries", "singular to plural"),
        ("mushroom", "Oyster mushrooms", "singular to plural"),
        ("cucumber", "English cucumbers", "singular to plural"),
        ("microgreen", "Sunflower microgreens", "singular to plural"),
        ("jalapeno", "Jalapeño chile", "accent folded"),
        ("JALAPEÑO", "Jalapeño chile", "case folded"),
        ("Jalapeños", "Jalapeño chile", "accent, case and plural"),
        ("BASIL", "Genovese basil", "case folded"),
        ("letuce", "Butterhead lettuce", "typo: letter missing in the middle"),
        ("lettuse", "Butterhead lettuce", "typo: letter replaced near the end"),
        ("pettuce", "Butterhead lettuce", "typo: first letter replaced"),
        ("strawbery", "Strawberries", "typo: letter missing"),
        ("mushrom", "Oyster mushrooms", "typo: letter missing near the end"),
        ("spinahc", "Baby spinach", "typo: last two letters swapped"),
        ("bsail", "Genovese basil", "typo: first letters swapped"),
        ("cucmber", "English cucumbers", "typo: letter missing early"),
        ("habanaro", "Habanero peppers", "typo: letter replaced"),
        ("oysterr", "Oyster mushrooms", "typo: letter added at the end"),
        ("cherry tomato", "Cherry tomato", "two words"),
        ("tomato cherry", "Cherry tomato", "two words, other order"),
        ("oyster mushrooms", "Oyster mushrooms", "two words"),
        ("mushrooms oyster", "Oyster mushrooms", "two words, other order"),
        ("thai basil", "Thai basil", "two words"),
        ("lions mane", "Lion's mane mushrooms", "two words, apostrophe"),
        ("pinnacle", "Fuji apples", "farm name"),
        ("hollister", "Fuji apples", "city"),
        ("berkeley", "Lion's mane mushrooms", "city"),
        ("fresno", "Habanero peppers", "city"),
        ("sungold", "Cherry tomato", "variety"),
        ("brandywine", "Heirloom tomatoes", "variety"),
        ("albion", "Strawberries", "variety"),
        ("bright lights", "Rainbow chard", "variety, two words"),
        ("pesto", "Genovese basil", "description only"),
        ("seedless", "English cucumbers", "description only"),
        ("anise", "Thai basil", "description only"),
        ("shaggy", "Lion's mane mushrooms", "description only"),
    ];

    [SkippableFact]
    public async Task Board_EachQuery_HasItsListingInTheTopThree()
    {
        await SeedAsync();
        Assert.True(Cases.Length >= 30, "the suite needs at least 30 queries");

        var misses = new List<string>();
        foreach (var (query, expected, covers) in Cases)
        {
            var top = await TopTitles(query, 3);
            if (!top.Contains(expected))
                misses.Add($"'{query}' ({covers}): expected '{expected}' in the top 3, got [{string.Join(", ", top)}]");
        }
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [SkippableTheory]
    [InlineData("tomato")]
    [InlineData("cherry tomato")]
    public async Task Board_TitleMatch_RanksAboveAPassingMentionInAnotherDescription(string query)
    {
        await SeedAsync();
        var titles = await TopTitles(query, 100);

        Assert.Contains("Rainbow chard", titles); // its description mentions a cherry tomato salad
        Assert.True(titles.IndexOf("Cherry tomato") is >= 0 and var title && title < titles.IndexOf("Rainbow chard"), string.Join(", ", titles));
        if (query == "tomato")
            Assert.True(titles.IndexOf("Heirloom tomatoes") < titles.IndexOf("Rainbow chard"), string.Join(", ", titles));
    }

    [SkippableTheory]
    [InlineData("pineapple")]
    [InlineData("tomato pineapple")] // every word must match
    [InlineData("xqzvw")]
    [InlineData("lettuce mushrooms")]
    public async Task Board_QueryWithoutAMatch_ReturnsNothing(string query)
    {
        await SeedAsync();
        Assert.NotEmpty(await TopTitles("lettuce", 3)); // the board has listings; this query alone finds none
        Assert.Empty(await TopTitles(query, 100));
    }

    [SkippableFact]
    public async Task Board_RelevanceCursor_PagesThroughEveryMatchOnce()
    {
        await SeedAsync();
        var all = await TopTitles("tomato", 100);
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Expect(await Anonymous().GetAsync(Url("/listings?q=tomato&limit=1" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)))), HttpStatusCode.OK);
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null && seen.Count < 20);

        Assert.Equal(3, all.Count);
        Assert.Equal(all, seen);
    }

    private async Task<List<string>> TopTitles(string query, int limit)
    {
        var page = await Expect(await Anonymous().GetAsync(Url($"/listings?limit={limit}&q={Uri.EscapeDataString(query)}")), HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).ToList();
    }

    private async Task SeedAsync()
    {
        var salinas = await NewGrowerAsync("grower-salinas", "Salinas Valley Greens");
        var bluebird = await NewGrowerAsync("grower-bluebird", "Bluebird Hollow Farm");
        var rooftop = await NewGrowerAsync("grower-rooftop", "Oakland Rooftop Farm");
        var pinnacle = await NewGrowerAsync("grower-pinnacle", "Pinnacle Orchard");

        (Grower Grower, string Title, string Type, string Variety, string Description, string City)[] listings =
        [
            (salinas, "Cherry tomato", "tomato", "Sungold", "Sweet orange clusters picked at first blush.", "Gilroy"),
            (bluebird, "Strawberries", "strawberry", "Albion", "Day-neutral berries, hand sorted.", "Watsonville"),
            (rooftop, "Jalapeño chile", "pepper", "Early", "Medium heat, thick walls for roasting.", "Oakland"),
            (salinas, "Butterhead lettuce", "lettuce", "Bibb", "Living heads with roots attached.", "Salinas"),
            (bluebird, "Genovese basil", "basil", "Genovese", "Large leaves for pesto.", "Watsonville"),
            (rooftop, "Oyster mushrooms", "mushroom", "Pearl", "Grown on straw in a dark room.", "Oakland"),
            (salinas, "Sunflower microgreens", "microgreen", "Black oil", "Crunchy shoots for salads and sandwiches.", "Salinas"),
            (bluebird, "English cucumbers", "cucumber", "Tasty Green", "Seedless and thin skinned.", "Santa Cruz"),
            (salinas, "Rainbow chard", "chard", "Bright Lights", "Colorful stems; pairs well with a cherry tomato salad.", "Salinas"),
            (rooftop, "Habanero peppers", "pepper", "Orange", "Fruity and very hot.", "Fresno"),
            (salinas, "Baby spinach", "spinach", "Space", "Tender leaves, triple washed.", "Watsonville"),
            (bluebird, "Heirloom tomatoes", "tomato", "Brandywine", "Beefsteak slicers with deep flavor.", "Gilroy"),
            (rooftop, "Lion's mane mushrooms", "mushroom", "Lion's mane", "Shaggy white clusters.", "Berkeley"),
            (salinas, "Thai basil", "basil", "Siam Queen", "Anise scented leaves.", "Salinas"),
            (pinnacle, "Fuji apples", "apple", "Fuji", "Crisp and sweet.", "Hollister"),
        ];
        foreach (var l in listings)
            await CreateListingAsync(l.Grower.Client, body =>
            {
                body["title"] = l.Title;
                body["productType"] = l.Type;
                body["variety"] = l.Variety;
                body["description"] = l.Description;
                body["location"] = new JsonObject
                {
                    ["city"] = l.City, ["state"] = "CA", ["postalCode"] = "95000", ["latitude"] = 36.9, ["longitude"] = -121.7,
                };
            });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBoardRelevanceTests(SqliteApiFactory api) : BoardRelevanceTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBoardRelevanceTests(PostgresApiFactory api) : BoardRelevanceTests(api);
