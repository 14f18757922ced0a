using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// Facet counts over the filtered board in one statement: a single GROUP BY on every facet's value at once. Only the
/// groups come back, never listing rows; each facet is summed from them here.
/// </summary>
internal static class BoardFacetCounter
{
    public static async Task<BoardFacets> CountAsync(IQueryable<Listing> filtered, CancellationToken ct)
    {
        // The certification list is a grouping key as it is stored (JSON text on SQLite, an array on PostgreSQL), so
        // no per-listing unnest is needed (SQLite cannot unnest inside a query: EF would need APPLY). The groups are
        // the distinct combinations of facet values, few however many listings match.
        var groups = await filtered
            .GroupBy(PriceBuckets.Inline((Listing l) => new { l.Category, l.GrowingMethod, Bucket = PriceBuckets.Index(l.UnitPriceAmount), l.Certifications }))
            .Select(g => new { g.Key.Category, g.Key.GrowingMethod, g.Key.Bucket, g.Key.Certifications, Count = g.Count() })
            .ToListAsync(ct);

        var listings = groups.ConvertAll(g => new ListingGroup(g.Category, g.GrowingMethod, g.Bucket, g.Count));
        var certifications = groups.SelectMany(g => g.Certifications.Select(c => (Key: c, g.Count)))
            .GroupBy(c => c.Key, StringComparer.Ordinal).Select(s => (s.Key, Count: s.Sum(c => c.Count)));

        return new BoardFacets(
            Count(listings, l => EnumCode<Category>.ToCode(l.Category)),
            certifications.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Count),
            Count(listings, l => EnumCode<GrowingMethod>.ToCode(l.GrowingMethod)),
            listings.GroupBy(l => l.Bucket).OrderBy(b => b.Key).ToDictionary(b => PriceBuckets.Label(b.Key), b => b.Sum(l => l.Count)));
    }

    private readonly record struct ListingGroup(Category Category, GrowingMethod GrowingMethod, int Bucket, int Count);

    private static Dictionary<string, int> Count(IEnumerable<ListingGroup> listings, Func<ListingGroup, string> key) =>
        listings.GroupBy(key).Select(s => (s.Key, Count: s.Sum(l => l.Count)))
            .OrderByDescending(c => c.Count).ToDictionary(c => c.Key, c => c.Count);
}
