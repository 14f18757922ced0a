using Marketplace.Application.Common.Paging;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Users;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Listings.SearchListings;

public sealed class SearchListingsHandler(IMarketplaceDbContext db, UserDirectory users, ListingResponses responses, ISearchIndex index, CursorCodec cursors,
    IListingTextSearch text, Search.TypoCorrection typos) : IQueryHandler<SearchListingsQuery, BoardPage>
{
    public async ValueTask<BoardPage> Handle(SearchListingsQuery query, CancellationToken cancellationToken)
    {
        var sort = query.Sort ?? (string.IsNullOrWhiteSpace(query.Q) ? "newest" : "relevance");
        var cursor = await cursors.DecodeAsync(query.Cursor, sort, cancellationToken);
        var limit = query.Limit ?? 20;
        var near = BoardFilters.Near(query);

        var callerId = query.GrowerId is null ? null : await users.FindCallerIdAsync(cancellationToken);
        // A grower looking at its own listings (drafts included) always reads the database; the index holds active ones only.
        if (index.IsExternal && !(query.GrowerId is { } own && own == callerId))
            return await SearchIndexAsync(query, sort, limit, near, cancellationToken);

        var filtered = BoardFilters.Apply(db.Listings.AsNoTracking(), query, callerId);
        IQueryable<TextMatch>? matches = null;
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var words = BoardFilters.Words(query.Q);
            // Text with no word in it (only punctuation) can match nothing.
            if (words.Count == 0) return new BoardPage([], null, query.Facets == true ? await BoardFacetCounter.CountAsync(filtered.Where(_ => false), cancellationToken) : null);
            matches = text.Match(await typos.CorrectAsync(words, cancellationToken));
        }
        var matched = matches is null ? filtered : filtered.Where(l => matches.Any(m => m.ListingId == l.Id));

        // The relevance sort joins the matches (for their rank), which already keeps only matching listings.
        var source = sort == "relevance" && matches is not null ? filtered : matched;
        var rows = await BoardPaging.FetchAsync(source, db.Listings.AsNoTracking(), sort, cursor, matches, near, limit + 1, cancellationToken);
        var page = rows.Take(limit).ToList();
        var items = page.ConvertAll(r => near is not { } p ? r.Listing : r.Listing with
        {
            DistanceMiles = Math.Round(r.Distance ?? GeoDistance.Miles(p.Latitude, p.Longitude, r.Listing.Location.Latitude!.Value, r.Listing.Location.Longitude!.Value), 2),
        });
        items = await responses.CompleteAsync(items, cancellationToken);
        var next = rows.Count > limit ? await cursors.EncodeAsync(page[^1].Cursor, cancellationToken) : null;
        var facets = query.Facets == true ? await BoardFacetCounter.CountAsync(matched, cancellationToken) : null;
        return new BoardPage(items, next, facets);
    }

    /// <summary>The board from the external index: it picks and orders the ids; the database supplies the rows.</summary>
    private async Task<BoardPage> SearchIndexAsync(SearchListingsQuery query, string sort, int limit,
        (double Latitude, double Longitude)? near, CancellationToken cancellationToken)
    {
        var indexSort = "index:" + sort;
        var page = (await cursors.DecodeAsync(query.Cursor, indexSort, cancellationToken))?.KeyAsPosition() ?? 0;
        var hits = await index.SearchAsync(query, page, limit, cancellationToken);
        var rows = await db.Listings.AsNoTracking().Where(l => hits.Ids.Contains(l.Id) && l.Status == Domain.Listings.ListingStatus.Active)
            .ProjectToResponse().ToDictionaryAsync(l => l.Id, cancellationToken);
        var items = hits.Ids.Where(rows.ContainsKey).Select(id => near is not { } p ? rows[id] : rows[id] with
        {
            DistanceMiles = Math.Round(GeoDistance.Miles(p.Latitude, p.Longitude, rows[id].Location.Latitude!.Value, rows[id].Location.Longitude!.Value), 2),
        }).ToList();
        var next = hits.Page + 1 < hits.Pages ? await cursors.EncodeAsync(Cursor.For(indexSort, hits.Page + 1, Guid.Empty), cancellationToken) : null;
        return new BoardPage(await responses.CompleteAsync(items, cancellationToken), next, query.Facets == true ? hits.Facets : null);
    }
}
