using Marketplace.Application.Common.Paging;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Listings.SearchListings;

public sealed class SearchListingsHandler(IMarketplaceDbContext db, UserDirectory users) : IQueryHandler<SearchListingsQuery, BoardPage>
{
    public async ValueTask<BoardPage> Handle(SearchListingsQuery query, CancellationToken cancellationToken)
    {
        var sort = query.Sort ?? (string.IsNullOrWhiteSpace(query.Q) ? "newest" : "relevance");
        var cursor = Cursor.Decode(query.Cursor, sort);
        var limit = query.Limit ?? 20;
        var near = BoardFilters.Near(query);

        var callerId = query.GrowerId is null ? null : await users.FindCallerIdAsync(cancellationToken);
        var filtered = BoardFilters.Apply(db.Listings.AsNoTracking(), query, callerId);

        var rows = await BoardPaging.FetchAsync(filtered, sort, cursor, query.Q, near, limit + 1, cancellationToken);
        var pageRows = rows.Take(limit).ToList();
        var ids = pageRows.ConvertAll(r => r.Id);
        var listings = await db.Listings.AsNoTracking().Where(l => ids.Contains(l.Id))
            .ProjectToResponse().ToDictionaryAsync(l => l.Id, cancellationToken);

        var items = pageRows.ConvertAll(r => listings[r.Id] with
        {
            DistanceMiles = near is { } p
                ? Math.Round(r.Distance ?? Domain.Common.GeoDistance.Miles(p.Latitude, p.Longitude, listings[r.Id].Location.Latitude!.Value, listings[r.Id].Location.Longitude!.Value), 2)
                : null,
        });
        var next = rows.Count > limit ? pageRows[^1].Cursor.Encode() : null;
        var facets = query.Facets == true ? await BoardFacetCounter.CountAsync(filtered, cancellationToken) : null;
        return new BoardPage(items, next, facets);
    }
}
