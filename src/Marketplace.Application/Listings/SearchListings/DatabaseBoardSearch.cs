using Marketplace.Application.Common.Paging;
using Marketplace.Application.Search;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// The board on the listings table: the criteria as WHERE clauses (<see cref="BoardFilters"/>), <c>q</c> on the
/// provider's full-text engine (<see cref="IListingTextSearch"/>, typos rewritten first), one keyset fetch per sort
/// (<see cref="BoardPaging"/>), and the facets in one GROUP BY (<see cref="BoardFacetCounter"/>).
/// </summary>
public sealed class DatabaseBoardSearch(IMarketplaceDbContext db, IListingTextSearch text, TypoCorrection typos, CursorCodec cursors) : IBoardSearch
{
    public async Task<BoardResult> SearchAsync(BoardCriteria criteria, CancellationToken cancellationToken)
    {
        var cursor = await cursors.DecodeAsync(criteria.Cursor, BoardSorts.Code(criteria.Sort), cancellationToken);
        var filtered = BoardFilters.Apply(db.Listings.AsNoTracking(), criteria);
        IQueryable<TextMatch>? matches = null;
        if (criteria.HasText)
        {
            // Text with no word in it (only punctuation) can match nothing.
            if (criteria.Words.Count == 0)
                return new BoardResult([], null, criteria.Facets ? await BoardFacetCounter.CountAsync(filtered.Where(_ => false), cancellationToken) : null);
            matches = text.Match(await typos.CorrectAsync(criteria.Words, cancellationToken));
        }
        // A join, not EXISTS: a correlated EXISTS ran the text match once per listing of the board (on SQLite one FTS5
        // query per row, seconds at 10,000 listings); joined, the match runs once. A listing matches at most once.
        var matched = matches is null ? filtered : filtered.Join(matches, l => l.Id, m => m.ListingId, (l, _) => l);

        // The relevance sort joins the matches (for their rank), which already keeps only matching listings.
        var source = criteria.Sort == BoardSort.Relevance && matches is not null ? filtered : matched;
        var rows = await BoardPaging.FetchAsync(criteria, source, db.Listings.AsNoTracking(), matches, cursor, criteria.Limit + 1, cancellationToken);
        var page = rows.Take(criteria.Limit).ToList();
        var next = rows.Count > criteria.Limit ? await cursors.EncodeAsync(page[^1].Cursor, cancellationToken) : null;
        var facets = criteria.Facets ? await BoardFacetCounter.CountAsync(matched, cancellationToken) : null;
        return new BoardResult(page.ConvertAll(r => new BoardHit(r.Listing, r.Distance)), next, facets);
    }
}
