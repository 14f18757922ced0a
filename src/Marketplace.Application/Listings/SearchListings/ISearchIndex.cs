using Marketplace.Domain.Common;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// Where the board searches. <c>Database</c> (default): the listings table itself, queried by the board
/// directly, so there is nothing to index. <c>Algolia</c>: an external index kept in step through the outbox.
/// </summary>
public interface ISearchIndex
{
    /// <summary>True when the board must ask this index instead of the database.</summary>
    bool IsExternal { get; }

    Task IndexAsync(IReadOnlyList<SearchDocument> upserts, IReadOnlyList<Guid> deletions, CancellationToken cancellationToken);

    /// <summary>
    /// Starts rebuilding the index from scratch. The live index keeps answering the board until
    /// <see cref="ISearchIndexRebuild.SwapInAsync"/> replaces it in one step (ADR 44).
    /// </summary>
    Task<ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken);

    Task<SearchHits> SearchAsync(SearchListingsQuery query, int page, int limit, CancellationToken cancellationToken);
}

/// <summary>A rebuild in progress: documents go to a new index that only <see cref="SwapInAsync"/> makes live.</summary>
public interface ISearchIndexRebuild
{
    Task AddAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>Replaces the live index with the rebuilt one, once every added document is stored.</summary>
    Task SwapInAsync(CancellationToken cancellationToken);
}

/// <summary>A listing as the external index stores it (<c>objectID</c> = listing id).</summary>
public sealed record SearchDocument(
    Guid ObjectId, Guid GrowerId, string Title, string Category, string ProductType, string? Variety, string? Description,
    string FarmName, string City, string GrowingMethod, IReadOnlyList<string> Certifications, string Grade, long UnitPriceAmount,
    string PriceBucket, int HarvestDay, int AvailableFromDay, int AvailableUntilDay, bool OffersPickup, bool OffersDelivery,
    double Latitude, double Longitude, double GrowerRating, long CreatedAt);

/// <summary>One page of ids, in the index's order, and the facet counts when asked for.</summary>
public sealed record SearchHits(IReadOnlyList<Guid> Ids, int Page, int Pages, BoardFacets? Facets);

/// <summary>The external index could not answer; the board says so rather than guessing.</summary>
public sealed class SearchUnavailableException(string message, Exception? inner = null)
    : MarketplaceException("search_unavailable", ErrorKind.Unavailable, message, innerException: inner)
{
    /// <summary>The message names the index's own answer, for the logs; the client is told only to retry.</summary>
    public override string Detail => "The search service could not answer; try again shortly.";
}
