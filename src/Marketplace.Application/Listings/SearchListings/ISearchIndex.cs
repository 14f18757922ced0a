
namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// The copy of the listings an external engine searches, kept in step through the outbox. <c>Database</c> (default):
/// the board reads the listings table itself, so there is no copy. <c>Algolia</c>: its index. The board's reads go
/// through <see cref="IBoardSearch"/>.
/// </summary>
public interface ISearchIndex
{
    /// <summary>True when there is a copy to write: listing events and the reindex have work to do.</summary>
    bool IsExternal { get; }

    Task IndexAsync(IReadOnlyList<SearchDocument> upserts, IReadOnlyList<Guid> deletions, CancellationToken cancellationToken);

    /// <summary>
    /// Starts rebuilding the index from scratch. The live index keeps answering the board until
    /// <see cref="ISearchIndexRebuild.SwapInAsync"/> replaces it in one step (ADR 44).
    /// </summary>
    Task<ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken);
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

/// <summary>The external index could not answer; the board says so rather than guessing.</summary>
public sealed class SearchUnavailableException(string message, Exception? inner = null)
    : MarketplaceException("search_unavailable", ErrorKind.Unavailable, message, innerException: inner)
{
    /// <summary>The message names the index's own answer, for the logs; the client is told only to retry.</summary>
    public override string Detail => "The search service could not answer; try again shortly.";
}
