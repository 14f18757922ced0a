using Marketplace.Application.Users;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// Parses the query once into <see cref="BoardCriteria"/> and asks the configured engine. A grower looking at its own
/// listings (drafts included) always reads the database: an external index holds active listings only.
/// </summary>
public sealed class SearchListingsHandler(UserDirectory users, ListingResponses responses, IBoardSearch search, DatabaseBoardSearch database)
    : IQueryHandler<SearchListingsQuery, BoardPage>
{
    public async ValueTask<BoardPage> Handle(SearchListingsQuery query, CancellationToken cancellationToken)
    {
        var callerId = query.GrowerId is null ? null : await users.FindCallerIdAsync(cancellationToken);
        var criteria = BoardCriteria.From(query, callerId);
        var result = await (criteria.OwnListings ? database : search).SearchAsync(criteria, cancellationToken);

        var items = result.Hits.Select(h => criteria.Near is not { } p ? h.Listing : h.Listing with
        {
            DistanceMiles = Math.Round(h.DistanceMiles ?? GeoDistance.Miles(p.Latitude, p.Longitude,
                h.Listing.Location.Latitude!.Value, h.Listing.Location.Longitude!.Value), 2),
        }).ToList();
        return new BoardPage(await responses.CompleteAsync(items, cancellationToken), result.NextCursor, result.Facets);
    }
}
