using Marketplace.Application.Common.Paging;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Users;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Listings.SearchListings;

public sealed class SearchListingsHandler(IMarketplaceDbContext db, UserDirectory users, ListingResponses responses) : IQueryHandler<SearchListingsQuery, BoardPage>
{
    public async ValueTask<BoardPage> Handle(SearchListingsQuery query, CancellationToken cancellationToken)
    {
        var sort = query.Sort ?? (string.IsNullOrWhiteSpace(query.Q) ? "newest" : "relevance");
        var cursor = Cursor.Decode(query.Cursor, sort);
        var limit = query.Limit ?? 20;
        var near = BoardFilters.Near(query);

        var callerId = query.GrowerId is null ? null : await users.FindCallerIdAsync(cancellationToken);
        var filtered = BoardFilters.Apply(db.Listings.AsNoTracking(), query, callerId);

        var rows = await BoardPaging.FetchAsync(filtered, db.Listings.AsNoTracking(), sort, cursor, query.Q, near, limit + 1, cancellationToken);
        var page = rows.Take(limit).ToList();
        var items = page.ConvertAll(r => near is not { } p ? r.Listing : r.Listing with
        {
            DistanceMiles = Math.Round(r.Distance ?? GeoDistance.Miles(p.Latitude, p.Longitude, r.Listing.Location.Latitude!.Value, r.Listing.Location.Longitude!.Value), 2),
        });
        items = await responses.CompleteAsync(items, cancellationToken);
        var next = rows.Count > limit ? page[^1].Cursor.Encode() : null;
        var facets = query.Facets == true ? await BoardFacetCounter.CountAsync(filtered, cancellationToken) : null;
        return new BoardPage(items, next, facets);
    }
}
