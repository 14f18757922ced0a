using System.Text.Json.Nodes;
using Marketplace.Application.Listings.SearchListings;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// The index settings that make Algolia answer <c>q</c> as API.md states and as the database board does (ADR 44).
/// </summary>
internal static class AlgoliaIndexSettings
{
    /// <summary>Replica suffix per board sort, and the attribute each one sorts by first.</summary>
    public static readonly IReadOnlyList<(BoardSort Sort, string Suffix, string SortBy)> Replicas =
    [
        (BoardSort.Price, "price_asc", "asc(unitPriceAmount)"),
        (BoardSort.PriceDescending, "price_desc", "desc(unitPriceAmount)"),
        (BoardSort.Newest, "newest", "desc(createdAt)"),
        (BoardSort.Freshest, "freshest", "desc(harvestDay)"),
        (BoardSort.Rating, "rating", "desc(growerRating)"),
    ];

    /// <summary>The index a sort searches: its replica, or the live index for relevance and distance (ranked by <c>aroundLatLng</c>).</summary>
    public static string IndexFor(string index, BoardSort sort) =>
        Replicas.FirstOrDefault(r => r.Sort == sort).Suffix is { } suffix ? ReplicaName(index, suffix) : index;

    /// <summary>Algolia's default ranking criteria, which follow a replica's sort attribute.</summary>
    private static readonly string[] DefaultRanking = ["typo", "geo", "words", "filters", "proximity", "attribute", "exact", "custom"];

    /// <summary>What the live index and the temporary index share: searching, typos, facets and the tie-break.</summary>
    public static JsonObject Relevance() => new()
    {
        // Rank order title > productType/variety > farm/city > description. Only the title's word order counts:
        // a word late in a description is no weaker a match than an early one.
        ["searchableAttributes"] = Strings("title", "unordered(productType),unordered(variety)", "unordered(farmName),unordered(city)",
            "unordered(description)"),
        // `tomatoes` ↔ `tomato`; English rules, whatever language the buyer's browser claims. Case and accents are
        // folded by Algolia's default normalisation, so no setting is needed for `jalapeno` ↔ `Jalapeño`.
        ["ignorePlurals"] = true,
        ["queryLanguages"] = Strings("en"),
        // One typo from 5 letters (`letuce`), never two: Algolia would allow a second from 8 letters by default.
        ["typoTolerance"] = true,
        ["minWordSizefor1Typo"] = 5,
        ["minWordSizefor2Typos"] = 100,
        // Facet counts for the board's four facets; the other filters only filter. Numeric filters need no entry.
        ["attributesForFaceting"] = Strings("category", "certifications", "growingMethod", "priceBucket",
            "filterOnly(grade)", "filterOnly(growerId)", "filterOnly(offersPickup)", "filterOnly(offersDelivery)"),
        // Equal relevance goes to the latest harvest, as in the database board.
        ["customRanking"] = Strings("desc(harvestDay)"),
    };

    /// <summary>The live index's settings: the relevance settings and the replicas for the board's sorts.</summary>
    public static JsonObject Live(string index)
    {
        var settings = Relevance();
        settings["replicas"] = Strings(Replicas.Select(r => ReplicaName(index, r.Suffix)).ToArray());
        return settings;
    }

    /// <summary>
    /// A standard replica sorts strictly by its attribute before relevance, so a sorted board lists every match in
    /// that order, as the database board does (a virtual replica would reorder only the most relevant hits).
    /// </summary>
    public static JsonObject Replica(string sortBy) => new() { ["ranking"] = Strings([sortBy, .. DefaultRanking]) };

    public static string ReplicaName(string index, string suffix) => $"{index}_{suffix}";

    private static JsonArray Strings(params string[] values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
