using System.Globalization;
using System.Text;
using Marketplace.Bench.Seeding;

namespace Marketplace.Bench.Load;

/// <summary>One board URL of the mix and the shapes it belongs to (for latency per shape).</summary>
internal sealed record BoardRequest(Uri Url, bool Text, bool Facets, bool Near, string Sort)
{
    /// <summary>No text, no facets, no geo, a column sort: what the raw-SQL baseline answers too.</summary>
    public bool FilterOnly => !Text && !Facets && !Near;
}

/// <summary>
/// A varied board load, as a buyer population would send it: every request draws its own text (crop words, plurals,
/// a misspelling, a city), category, certification, maxPrice, near + radiusMiles, sort (all seven), limit, and
/// facets on about 15 %. Deterministic (seed 7), so two runs send the same URLs.
/// </summary>
internal static class BoardMix
{
    public const string Path = "/api/marketplace/listings";

    /// <summary>Singulars, plurals, accents, a misspelling (<c>letuce</c>, <c>tomatoe</c>) and place names from the seeded catalogue.</summary>
    private static readonly string[] Words =
    [
        "lettuce", "letuce", "kale", "spinach", "arugula", "tomato", "tomatoes", "tomatoe", "basil", "parsley", "cilantro", "mint",
        "strawberries", "strawberry", "blueberries", "raspberry", "peppers", "pepper", "jalapeño", "jalapeno", "habanero", "cucumbers",
        "cucumber", "squash", "zucchini", "microgreens", "sunflower", "mushrooms", "oyster", "shiitake", "carrots", "beets", "turnip",
        "ranunculus", "tulips", "wasabi", "lemongrass", "heirloom", "organic", "salinas", "oakland", "gilroy",
    ];

    private static readonly string[] Categories =
        ["leafy-greens", "tomatoes", "herbs", "floriculture", "berries", "peppers", "cucumbers-squash", "microgreens", "mushrooms", "root-vegetables", "specialty"];

    private static readonly string[] Certifications = ["usda-organic", "gap-certified", "non-gmo", "primus-gfs", "fair-trade"];
    private static readonly string[] Sorts = ["relevance", "newest", "price", "-price", "freshest", "distance", "rating"];
    private static readonly long[] MaxPrices = [300, 500, 1000, 2500, 5000];
    private static readonly int[] Radii = [5, 10, 25, 50, 100];
    private static readonly int[] Limits = [10, 20, 20, 24, 50];

    public static IReadOnlyList<BoardRequest> Generate(int count, int seed = 7)
    {
        var random = new Random(seed);
        var requests = new List<BoardRequest>(count);
        for (var i = 0; i < count; i++) requests.Add(Draw(random));
        return requests;
    }

    private static BoardRequest Draw(Random random)
    {
        var query = new StringBuilder();
        void Add(string name, string value) => query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));

        var text = random.NextDouble() < 0.55;
        if (text) Add("q", random.NextDouble() < 0.2 ? $"{Pick(random, Words)} {Pick(random, Words)}" : Pick(random, Words));
        if (random.NextDouble() < 0.35) Add("category", Pick(random, Categories));
        if (random.NextDouble() < 0.3) Add("certification", Pick(random, Certifications));
        if (random.NextDouble() < 0.3) Add("maxPrice", Pick(random, MaxPrices).ToString(CultureInfo.InvariantCulture));

        var sort = Pick(random, Sorts);
        var near = random.NextDouble() < 0.25 || sort == "distance";
        if (near)
        {
            // Around one of the growers' sites, within a few miles: a buyer's own address.
            var site = Pick(random, CatalogData.Sites);
            var lat = site.Latitude + (random.NextDouble() - 0.5) * 0.2;
            var lng = site.Longitude + (random.NextDouble() - 0.5) * 0.2;
            Add("near", string.Create(CultureInfo.InvariantCulture, $"{lat:F4},{lng:F4}"));
            // The distance sort is asked for without a radius half the time: the bounded nearest-first path.
            if (sort != "distance" || random.NextDouble() < 0.5) Add("radiusMiles", Pick(random, Radii).ToString(CultureInfo.InvariantCulture));
        }
        // Relevance needs text to rank by; without it the board's default order applies.
        if (sort == "relevance" && !text) sort = "newest";
        if (random.NextDouble() < 0.8) Add("sort", sort);
        else sort = text ? "relevance" : "newest";
        Add("limit", Pick(random, Limits).ToString(CultureInfo.InvariantCulture));
        var facets = random.NextDouble() < 0.15;
        if (facets) Add("facets", "true");

        return new BoardRequest(new Uri(Path + query, UriKind.Relative), text, facets, near, sort);
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
