using System.Globalization;
using Marketplace.Application.Common.Paging;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>A listing on a board page and the cursor that continues after it.</summary>
internal sealed record BoardRow(ListingResponse Listing, Cursor Cursor, double? Distance);

/// <summary>
/// The database board's sorts as <see cref="KeysetSort{TRow,TResult}"/> descriptors, each ending in the id. Sorts on a
/// column read the page in one statement; distance and relevance, whose keys are computed, read ids and keys first and
/// then the page's rows.
/// </summary>
internal static class BoardPaging
{
    private static KeysetSort<Listing, ListingResponse> NewestAs(string code) => new KeysetSort<Listing, ListingResponse>(code)
        .By(l => l.CreatedAt, descending: true, c => c.KeyAsInstant(), (c, r) => WithKey(c, r.CreatedAt.UtcTicks))
        .By(l => l.Id, descending: true, c => c.Id, (c, r) => c with { Id = r.Id });

    private static KeysetSort<Listing, ListingResponse> ByPrice(BoardSort sort) => new KeysetSort<Listing, ListingResponse>(BoardSorts.Code(sort))
        .By(l => l.UnitPriceAmount, descending: sort == BoardSort.PriceDescending, c => c.KeyAsWhole(), (c, r) => WithKey(c, r.UnitPrice.Amount))
        .By(l => l.Id, descending: sort == BoardSort.PriceDescending, c => c.Id, (c, r) => c with { Id = r.Id });

    private static readonly KeysetSort<Listing, ListingResponse> Newest = NewestAs(BoardSorts.Code(BoardSort.Newest));

    /// <summary>Relevance without text to rank by lists the newest first, under its own cursor name.</summary>
    private static readonly KeysetSort<Listing, ListingResponse> RelevanceWithoutText = NewestAs(BoardSorts.Code(BoardSort.Relevance));

    private static readonly KeysetSort<Listing, ListingResponse> Price = ByPrice(BoardSort.Price);
    private static readonly KeysetSort<Listing, ListingResponse> PriceDescending = ByPrice(BoardSort.PriceDescending);

    private static readonly KeysetSort<Listing, ListingResponse> Freshest = new KeysetSort<Listing, ListingResponse>(BoardSorts.Code(BoardSort.Freshest))
        .By(l => l.HarvestDate, descending: true, c => c.KeyAsDay(), (c, r) => WithKey(c, r.HarvestDate.DayNumber))
        .By(l => l.Id, descending: true, c => c.Id, (c, r) => c with { Id = r.Id });

    private static readonly KeysetSort<Listing, ListingResponse> Rating = new KeysetSort<Listing, ListingResponse>(BoardSorts.Code(BoardSort.Rating))
        .By(l => l.GrowerRating, descending: true, c => c.KeyAsFinite(), (c, r) => WithKey(c, r.GrowerRating))
        .By(l => l.Id, descending: true, c => c.Id, (c, r) => c with { Id = r.Id });

    internal static readonly KeysetSort<DistanceKey, DistanceKey> Distance = new KeysetSort<DistanceKey, DistanceKey>(BoardSorts.Code(BoardSort.Distance))
        .By(k => k.Distance, descending: false, c => c.KeyAsFinite(), (c, k) => WithKey(c, k.Distance))
        .By(k => k.Id, descending: false, c => c.Id, (c, k) => c with { Id = k.Id });

    /// <summary>
    /// The engine's rank (higher first), then the freshest harvest, then the id. The rank is a function of the listing
    /// and the query alone, so a listing keeps its place between pages and the cursor can carry it.
    /// </summary>
    private static readonly KeysetSort<RankedKey, RankedKey> Relevance = new KeysetSort<RankedKey, RankedKey>(BoardSorts.Code(BoardSort.Relevance))
        .By(k => k.Rank, descending: true, c => c.Rank, (c, k) => c with { Rank = k.Rank })
        .By(k => k.HarvestDate, descending: true, c => c.KeyAsDay(), (c, k) => WithKey(c, k.HarvestDate.DayNumber))
        .By(k => k.Id, descending: true, c => c.Id, (c, k) => c with { Id = k.Id });

    /// <summary>
    /// One page of <paramref name="listings"/> (filtered, and text-matched unless the sort is relevance, which joins
    /// <paramref name="matches"/> for the rank) after <paramref name="after"/>; <paramref name="take"/> is a page plus one.
    /// </summary>
    public static Task<List<BoardRow>> FetchAsync(BoardCriteria criteria, IQueryable<Listing> listings, IQueryable<Listing> all,
        IQueryable<TextMatch>? matches, Cursor? after, int take, CancellationToken ct) => criteria.Sort switch
    {
        BoardSort.Distance => ByDistance(criteria, listings, all, after, take, ct),
        BoardSort.Relevance when matches is not null => ByRelevance(listings, matches, all, after, take, ct),
        BoardSort.Relevance => ByColumn(RelevanceWithoutText, listings, after, take, ct),
        BoardSort.Price => ByColumn(Price, listings, after, take, ct),
        BoardSort.PriceDescending => ByColumn(PriceDescending, listings, after, take, ct),
        BoardSort.Freshest => ByColumn(Freshest, listings, after, take, ct),
        BoardSort.Rating => ByColumn(Rating, listings, after, take, ct),
        _ => ByColumn(Newest, listings, after, take, ct),
    };

    private static async Task<List<BoardRow>> ByColumn(KeysetSort<Listing, ListingResponse> sort, IQueryable<Listing> listings, Cursor? after,
        int take, CancellationToken ct)
    {
        var page = await sort.Page(listings, after, take).ProjectToResponse().ToListAsync(ct);
        return page.ConvertAll(r => new BoardRow(r, sort.CursorAfter(r), null));
    }

    private static async Task<List<BoardRow>> ByDistance(BoardCriteria criteria, IQueryable<Listing> listings, IQueryable<Listing> all,
        Cursor? after, int take, CancellationToken ct)
    {
        var keys = await NearestFirst.KeysAsync(criteria, listings, after, take, ct);
        var rows = await LoadAsync(all, keys.ConvertAll(k => k.Id), ct);
        return keys.ConvertAll(k => new BoardRow(rows[k.Id], Distance.CursorAfter(k), k.Distance));
    }

    private static async Task<List<BoardRow>> ByRelevance(IQueryable<Listing> listings, IQueryable<TextMatch> matches, IQueryable<Listing> all,
        Cursor? after, int take, CancellationToken ct)
    {
        var ranked = listings.Join(matches, l => l.Id, m => m.ListingId, (l, m) => new RankedKey { Id = l.Id, HarvestDate = l.HarvestDate, Rank = m.Rank });
        var keys = await Relevance.Page(ranked, after, take).ToListAsync(ct);
        var rows = await LoadAsync(all, keys.ConvertAll(k => k.Id), ct);
        return keys.ConvertAll(k => new BoardRow(rows[k.Id], Relevance.CursorAfter(k), null));
    }

    private static Task<Dictionary<Guid, ListingResponse>> LoadAsync(IQueryable<Listing> all, List<Guid> ids, CancellationToken ct) =>
        all.Where(l => ids.Contains(l.Id)).ProjectToResponse().ToDictionaryAsync(l => l.Id, ct);

    private static Cursor WithKey<TKey>(Cursor cursor, TKey key) where TKey : IFormattable =>
        cursor with { Key = key.ToString(null, CultureInfo.InvariantCulture) };
}

/// <summary>A matching listing's relevance keys.</summary>
internal sealed class RankedKey
{
    public Guid Id { get; init; }
    public DateOnly HarvestDate { get; init; }
    public double Rank { get; init; }
}
