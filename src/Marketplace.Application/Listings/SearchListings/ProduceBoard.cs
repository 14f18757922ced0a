namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// One page of the board for parsed criteria, from the configured engine, completed (images, distance). A grower
/// looking at its own listings (drafts included) always reads the database: an external index holds active listings only.
/// <c>GET /listings</c> and a saved search's matches are both this page.
/// </summary>
public sealed class ProduceBoard(ListingResponses responses, IBoardSearch search, DatabaseBoardSearch database)
{
    public async Task<BoardPage> PageAsync(BoardCriteria criteria, CancellationToken cancellationToken)
    {
        var result = await (criteria.OwnListings ? database : search).SearchAsync(criteria, cancellationToken);
        var items = result.Hits.Select(h => criteria.Near is not { } p ? h.Listing : h.Listing with
        {
            DistanceMiles = Math.Round(h.DistanceMiles ?? GeoDistance.Miles(p.Latitude, p.Longitude,
                h.Listing.Location.Latitude!.Value, h.Listing.Location.Longitude!.Value), 2),
        }).ToList();
        return new BoardPage(await responses.CompleteAsync(items, cancellationToken), result.NextCursor, result.Facets);
    }
}
