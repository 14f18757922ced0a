using Marketplace.Application.Common.Events;
using Marketplace.Application.Listings.SearchListings;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Search;

/// <summary>
/// Keeps an external search index in step with the listings: after any listing event, an active listing is
/// upserted (by objectID = listing id) and any other is removed. Upserts and deletes are idempotent.
/// </summary>
public sealed class SearchIndexing(IMarketplaceDbContext db, ISearchIndex index) : IIntegrationEventHandler
{
    public string Name => "search";

    public async Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (!index.IsExternal || integrationEvent.ReadData() is not Contracts.ListingSnapshot changed) return;
        var id = changed.ListingId;
        var listing = await db.Listings.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is { Status: ListingStatus.Active })
            await index.IndexAsync([SearchDocuments.From(listing)], [], cancellationToken);
        else
            await index.IndexAsync([], [id], cancellationToken);
    }
}
