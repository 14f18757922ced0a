using Marketplace.Application.Listings;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// The engine that answers the board: which listings match the criteria, in the criteria's order, one page at a time,
/// and the facet counts when asked. <c>Marketplace:Search:Provider</c> picks one in DI: the database's own
/// (<see cref="DatabaseBoardSearch"/>, the default) or Algolia's index (docs/decisions/0011, 0047). Rows always come
/// from the database, so the response is the same shape whichever engine picked them.
/// </summary>
public interface IBoardSearch
{
    /// <summary>One page; the engine decodes <see cref="BoardCriteria.Cursor"/> and issues the next one.</summary>
    Task<BoardResult> SearchAsync(BoardCriteria criteria, CancellationToken cancellationToken);
}

/// <summary>A page as an engine answers it, before the board completes the listings (images, distance).</summary>
/// <param name="Hits">The listings in order, each with its distance from <c>near</c> when the engine measured it.</param>
/// <param name="NextCursor">The signed cursor of the next page; null on the last.</param>
/// <param name="Facets">Counts over every match; only when asked.</param>
public sealed record BoardResult(IReadOnlyList<BoardHit> Hits, string? NextCursor, BoardFacets? Facets);

/// <param name="Listing">The listing as the board shows it.</param>
/// <param name="DistanceMiles">Miles from <c>near</c>, when the engine computed it (the database's distance sort).</param>
public sealed record BoardHit(ListingResponse Listing, double? DistanceMiles);
