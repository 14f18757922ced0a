using Marketplace.Application.Common.Paging;
using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>A listing on a board page and the cursor that continues after it.</summary>
internal sealed record BoardRow(ListingResponse Listing, Cursor Cursor, double? Distance);

/// <summary>
/// Keyset paging for each sort: order by the sort key then the id, and continue strictly after the
/// cursor's (key, id). Sorts on a column read the page in one statement; distance and relevance, whose
/// keys are computed, read ids and keys first and then the page's rows.
/// </summary>
internal static class BoardPaging
{
    public static Task<List<BoardRow>> FetchAsync(IQueryable<Listing> listings, IQueryable<Listing> all, string sort, Cursor? after,
        IQueryable<TextMatch>? matches, (double Latitude, double Longitude)? near, int take, CancellationToken ct) => sort switch
    {
        "price" => ByPrice(listings, after, take, ascending: true, ct),
        "-price" => ByPrice(listings, after, take, ascending: false, ct),
        "freshest" => ByHarvest(listings, after, take, ct),
        "rating" => ByRating(listings, after, take, ct),
        "distance" => ByDistance(listings, all, after, near!.Value, take, ct),
        "relevance" when matches is not null => ByRelevance(listings, matches, all, after, take, ct),
        _ => ByNewest(listings, sort, after, take, ct),
    };

    private static async Task<List<BoardRow>> ByNewest(IQueryable<Listing> listings, string sort, Cursor? after, int take, CancellationToken ct)
    {
        if (after is not null)
        {
            var at = after.KeyAsInstant();
            var id = after.Id;
            listings = listings.Where(l => l.CreatedAt < at || (l.CreatedAt == at && l.Id.CompareTo(id) < 0));
        }
        var page = await listings.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).Take(take).ProjectToResponse().ToListAsync(ct);
        return page.ConvertAll(r => new BoardRow(r, Cursor.For(sort, r.CreatedAt.UtcTicks, r.Id), null));
    }

    private static async Task<List<BoardRow>> ByPrice(IQueryable<Listing> listings, Cursor? after, int take, bool ascending, CancellationToken ct)
    {
        var sort = ascending ? "price" : "-price";
        if (after is not null)
        {
            var price = after.KeyAsWhole();
            var id = after.Id;
            listings = ascending
                ? listings.Where(l => l.UnitPriceAmount > price || (l.UnitPriceAmount == price && l.Id.CompareTo(id) > 0))
                : listings.Where(l => l.UnitPriceAmount < price || (l.UnitPriceAmount == price && l.Id.CompareTo(id) < 0));
        }
        var ordered = ascending
            ? listings.OrderBy(l => l.UnitPriceAmount).ThenBy(l => l.Id)
            : listings.OrderByDescending(l => l.UnitPriceAmount).ThenByDescending(l => l.Id);
        var page = await ordered.Take(take).ProjectToResponse().ToListAsync(ct);
        return page.ConvertAll(r => new BoardRow(r, Cursor.For(sort, r.UnitPrice.Amount, r.Id), null));
    }

    private static async Task<List<BoardRow>> ByHarvest(IQueryable<Listing> listings, Cursor? after, int take, CancellationToken ct)
    {
        if (after is not null)
        {
            var harvested = after.KeyAsDay();
            var id = after.Id;
            listings = listings.Where(l => l.HarvestDate < harvested || (l.HarvestDate == harvested && l.Id.CompareTo(id) < 0));
        }
        var page = await listings.OrderByDescending(l => l.HarvestDate).ThenByDescending(l => l.Id).Take(take).ProjectToResponse().ToListAsync(ct);
        return page.ConvertAll(r => new BoardRow(r, Cursor.For("freshest", r.HarvestDate.DayNumber, r.Id), null));
    }

    private static async Task<List<BoardRow>> ByRating(IQueryable<Listing> listings, Cursor? after, int take, CancellationToken ct)
    {
        if (after is not null)
        {
            var rating = after.KeyAsFinite();
            var id = after.Id;
            listings = listings.Where(l => l.GrowerRating < rating || (l.GrowerRating == rating && l.Id.CompareTo(id) < 0));
        }
        var page = await listings.OrderByDescending(l => l.GrowerRating).ThenByDescending(l => l.Id).Take(take).ProjectToResponse().ToListAsync(ct);
        return page.ConvertAll(r => new BoardRow(r, Cursor.For("rating", r.GrowerRating, r.Id), null));
    }

    private static async Task<List<BoardRow>> ByDistance(IQueryable<Listing> listings, IQueryable<Listing> all, Cursor? after,
        (double Latitude, double Longitude) near, int take, CancellationToken ct)
    {
        var withDistance = listings.Select(GreatCircle.KeyedDistance(near.Latitude, near.Longitude));
        if (after is not null)
        {
            var miles = after.KeyAsFinite();
            var id = after.Id;
            withDistance = withDistance.Where(r => r.Distance > miles || (r.Distance == miles && r.Id.CompareTo(id) > 0));
        }
        var keys = await withDistance.OrderBy(r => r.Distance).ThenBy(r => r.Id).Take(take).ToListAsync(ct);
        var rows = await LoadAsync(all, keys.ConvertAll(k => k.Id), ct);
        return keys.ConvertAll(k => new BoardRow(rows[k.Id], Cursor.For("distance", k.Distance, k.Id), k.Distance));
    }

    /// <summary>
    /// The engine's rank (higher first), then the freshest harvest, then the id. The rank is a function of the listing
    /// and the query alone, so a listing keeps its place between pages and the cursor can carry it.
    /// </summary>
    private static async Task<List<BoardRow>> ByRelevance(IQueryable<Listing> listings, IQueryable<TextMatch> matches, IQueryable<Listing> all,
        Cursor? after, int take, CancellationToken ct)
    {
        var ranked = listings.Join(matches, l => l.Id, m => m.ListingId, (l, m) => new { l.Id, l.HarvestDate, m.Rank });
        if (after is not null)
        {
            var rank = after.Rank;
            var harvested = after.KeyAsDay();
            var id = after.Id;
            ranked = ranked.Where(r => r.Rank < rank
                || (r.Rank == rank && (r.HarvestDate < harvested || (r.HarvestDate == harvested && r.Id.CompareTo(id) < 0))));
        }
        var keys = await ranked.OrderByDescending(r => r.Rank).ThenByDescending(r => r.HarvestDate).ThenByDescending(r => r.Id).Take(take).ToListAsync(ct);
        var rows = await LoadAsync(all, keys.ConvertAll(k => k.Id), ct);
        return keys.ConvertAll(k => new BoardRow(rows[k.Id], Cursor.For("relevance", k.HarvestDate.DayNumber, k.Id, k.Rank), null));
    }

    private static Task<Dictionary<Guid, ListingResponse>> LoadAsync(IQueryable<Listing> all, List<Guid> ids, CancellationToken ct) =>
        all.Where(l => ids.Contains(l.Id)).ProjectToResponse().ToDictionaryAsync(l => l.Id, ct);
}
