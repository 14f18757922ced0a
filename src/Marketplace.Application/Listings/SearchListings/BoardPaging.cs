using Marketplace.Application.Common.Paging;
using Marketplace.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>A row of a board page: which listing, and the cursor that continues after it.</summary>
internal sealed record BoardRow(Guid Id, Cursor Cursor, double? Distance);

/// <summary>
/// Keyset paging for each sort: order by the sort key then the id, and continue strictly after the
/// cursor's (key, id). Only ids and keys are read here; the page's rows are loaded by id afterwards.
/// </summary>
internal static class BoardPaging
{
    public static async Task<List<BoardRow>> FetchAsync(IQueryable<Listing> listings, string sort, Cursor? after,
        string? q, (double Latitude, double Longitude)? near, int take, CancellationToken ct) => sort switch
    {
        "price" => await ByPrice(listings, after, take, ascending: true, ct),
        "-price" => await ByPrice(listings, after, take, ascending: false, ct),
        "freshest" => await ByHarvest(listings, after, take, ct),
        "rating" => await ByRating(listings, after, take, ct),
        "distance" => await ByDistance(listings, after, near!.Value, take, ct),
        "relevance" when !string.IsNullOrWhiteSpace(q) => await ByRelevance(listings, after, q.Trim().ToLowerInvariant(), take, ct),
        _ => await ByNewest(listings, sort, after, take, ct),
    };

    private static async Task<List<BoardRow>> ByNewest(IQueryable<Listing> listings, string sort, Cursor? after, int take, CancellationToken ct)
    {
        if (after is not null)
        {
            var at = new DateTimeOffset(after.KeyAs<long>(), TimeSpan.Zero);
            var id = after.Id;
            listings = listings.Where(l => l.CreatedAt < at || (l.CreatedAt == at && l.Id.CompareTo(id) < 0));
        }
        var rows = await listings.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id)
            .Select(l => new { l.Id, l.CreatedAt }).Take(take).ToListAsync(ct);
        return rows.ConvertAll(r => new BoardRow(r.Id, Cursor.For(sort, r.CreatedAt.UtcTicks, r.Id), null));
    }

    private static async Task<List<BoardRow>> ByPrice(IQueryable<Listing> listings, Cursor? after, int take, bool ascending, CancellationToken ct)
    {
        var sort = ascending ? "price" : "-price";
        if (after is not null)
        {
            var price = after.KeyAs<long>();
            var id = after.Id;
            listings = ascending
                ? listings.Where(l => l.UnitPriceAmount > price || (l.UnitPriceAmount == price && l.Id.CompareTo(id) > 0))
                : listings.Where(l => l.UnitPriceAmount < price || (l.UnitPriceAmount == price && l.Id.CompareTo(id) < 0));
        }
        var ordered = ascending
            ? listings.OrderBy(l => l.UnitPriceAmount).ThenBy(l => l.Id)
            : listings.OrderByDescending(l => l.UnitPriceAmount).ThenByDescending(l => l.Id);
        var rows = await ordered.Select(l => new { l.Id, l.UnitPriceAmount }).Take(take).ToListAsync(ct);
        return rows.ConvertAll(r => new BoardRow(r.Id, Cursor.For(sort, r.UnitPriceAmount, r.Id), null));
    }

    private static async Task<List<BoardRow>> ByHarvest(IQueryable<Listing> listings, Cursor? after, int take, CancellationToken ct)
    {
        if (after is not null)
        {
            var harvested = DateOnly.FromDayNumber(after.KeyAs<int>());
            var id = after.Id;
            listings = listings.Where(l => l.HarvestDate < harvested || (l.HarvestDate == harvested && l.Id.CompareTo(id) < 0));
        }
        var rows = await listings.OrderByDescending(l => l.HarvestDate).ThenByDescending(l => l.Id)
            .Select(l => new { l.Id, l.HarvestDate }).Take(take).ToListAsync(ct);
        return rows.ConvertAll(r => new BoardRow(r.Id, Cursor.For("freshest", r.HarvestDate.DayNumber, r.Id), null));
    }

    private static async Task<List<BoardRow>> ByRating(IQueryable<Listing> listings, Cursor? after, int take, CancellationToken ct)
    {
        if (after is not null)
        {
            var rating = after.KeyAs<double>();
            var id = after.Id;
            listings = listings.Where(l => l.GrowerRating < rating || (l.GrowerRating == rating && l.Id.CompareTo(id) < 0));
        }
        var rows = await listings.OrderByDescending(l => l.GrowerRating).ThenByDescending(l => l.Id)
            .Select(l => new { l.Id, l.GrowerRating }).Take(take).ToListAsync(ct);
        return rows.ConvertAll(r => new BoardRow(r.Id, Cursor.For("rating", r.GrowerRating, r.Id), null));
    }

    private static async Task<List<BoardRow>> ByDistance(IQueryable<Listing> listings, Cursor? after,
        (double Latitude, double Longitude) near, int take, CancellationToken ct)
    {
        var withDistance = listings.Select(GreatCircle.KeyedDistance(near.Latitude, near.Longitude));
        if (after is not null)
        {
            var miles = after.KeyAs<double>();
            var id = after.Id;
            withDistance = withDistance.Where(r => r.Distance > miles || (r.Distance == miles && r.Id.CompareTo(id) > 0));
        }
        var rows = await withDistance.OrderBy(r => r.Distance).ThenBy(r => r.Id).Take(take).ToListAsync(ct);
        return rows.ConvertAll(r => new BoardRow(r.Id, Cursor.For("distance", r.Distance, r.Id), r.Distance));
    }

    private static async Task<List<BoardRow>> ByRelevance(IQueryable<Listing> listings, Cursor? after, string phrase, int take, CancellationToken ct)
    {
        // Listings whose title holds the whole phrase come first, then the newest.
        var ranked = listings.Select(l => new { l.Id, l.CreatedAt, Rank = l.Title.ToLower().Contains(phrase) ? 0 : 1 });
        if (after is not null)
        {
            var rank = after.Rank;
            var at = new DateTimeOffset(after.KeyAs<long>(), TimeSpan.Zero);
            var id = after.Id;
            ranked = ranked.Where(r => r.Rank > rank
                || (r.Rank == rank && (r.CreatedAt < at || (r.CreatedAt == at && r.Id.CompareTo(id) < 0))));
        }
        var rows = await ranked.OrderBy(r => r.Rank).ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Take(take).ToListAsync(ct);
        return rows.ConvertAll(r => new BoardRow(r.Id, Cursor.For("relevance", r.CreatedAt.UtcTicks, r.Id, r.Rank), null));
    }
}
