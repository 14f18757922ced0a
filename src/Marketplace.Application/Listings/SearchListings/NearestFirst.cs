using Marketplace.Application.Common.Paging;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// <c>sort=distance</c> without a radius, bounded: the page is looked for within a circle that widens (25, 100, 400,
/// 1,600 miles) until it holds a page plus one, each circle behind a latitude/longitude box the
/// <c>(status, latitude, longitude)</c> index serves; only when the widest holds too few is the whole board sorted.
/// A circle that holds <c>take</c> rows after the cursor holds exactly the <c>take</c> nearest: every row outside it is
/// farther than every row inside (docs/decisions/0047).
/// </summary>
internal static class NearestFirst
{
    private static readonly double[] RadiiMiles = [25, 100, 400, 1600];

    public static async Task<List<DistanceKey>> KeysAsync(BoardCriteria criteria, IQueryable<Listing> listings, Cursor? after, int take,
        CancellationToken ct)
    {
        var near = criteria.Near!.Value;
        // With radiusMiles the filters have bounded the rows already.
        if (criteria.RadiusMiles is null)
        {
            // Rows after the cursor are at least as far as it; circles that cannot reach past it are skipped.
            var beyond = after?.KeyAsFinite() ?? 0;
            foreach (var radius in RadiiMiles.Where(r => r > beyond))
            {
                var keys = await PageAsync(BoardFilters.WithinRadius(listings, near, radius), near, after, take, ct);
                if (keys.Count == take) return keys;
            }
        }
        return await PageAsync(listings, near, after, take, ct);
    }

    private static Task<List<DistanceKey>> PageAsync(IQueryable<Listing> listings, GeoPoint near, Cursor? after, int take, CancellationToken ct) =>
        BoardPaging.Distance.Page(listings.Select(GreatCircle.KeyedDistance(near.Latitude, near.Longitude)), after, take).ToListAsync(ct);
}
