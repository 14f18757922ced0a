using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>Facet counts over the filtered board, each a GROUP BY in the database.</summary>
internal static class BoardFacetCounter
{
    /// <summary>Price buckets in minor units per unit; the last is open-ended.</summary>
    private static readonly long[] PriceEdges = [500, 1000, 2500, 5000, 10000];

    public static async Task<BoardFacets> CountAsync(IQueryable<Listing> filtered, CancellationToken ct)
    {
        var categories = await filtered.GroupBy(l => l.Category)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var methods = await filtered.GroupBy(l => l.GrowingMethod)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        // Certifications are a per-listing list; SQLite cannot unnest it inside a GROUP BY (no APPLY), so the
        // lists of the matching listings are read and counted here. Only facet requests pay for it.
        var certificationLists = await filtered.Select(l => l.Certifications).ToListAsync(ct);
        var certifications = certificationLists.SelectMany(c => c).GroupBy(c => c, StringComparer.Ordinal)
            .Select(g => new { g.Key, Count = g.Count() }).ToList();
        var prices = await filtered.GroupBy(l =>
                l.UnitPriceAmount < 500 ? 0 :
                l.UnitPriceAmount < 1000 ? 1 :
                l.UnitPriceAmount < 2500 ? 2 :
                l.UnitPriceAmount < 5000 ? 3 :
                l.UnitPriceAmount < 10000 ? 4 : 5)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        return new BoardFacets(
            categories.OrderByDescending(c => c.Count).ToDictionary(c => EnumCode<Category>.ToCode(c.Key), c => c.Count),
            certifications.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Count),
            methods.OrderByDescending(c => c.Count).ToDictionary(c => EnumCode<GrowingMethod>.ToCode(c.Key), c => c.Count),
            prices.OrderBy(p => p.Key).ToDictionary(p => PriceBucket(p.Key), p => p.Count));
    }

    private static string PriceBucket(int index) => index < PriceEdges.Length
        ? $"{(index == 0 ? 0 : PriceEdges[index - 1])}-{PriceEdges[index]}"
        : $"{PriceEdges[^1]}+";
}
