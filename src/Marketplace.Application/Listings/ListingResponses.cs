using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings;

/// <summary>Finishes listing responses: their images, in order, with URLs from the file storage (one query per page).</summary>
public sealed class ListingResponses(IMarketplaceDbContext db, IFileStorage storage)
{
    public async Task<ListingResponse> FromAsync(Listing listing, CancellationToken cancellationToken) =>
        (await CompleteAsync([listing.ToResponse()], cancellationToken))[0];

    public async Task<List<ListingResponse>> CompleteAsync(IReadOnlyList<ListingResponse> listings, CancellationToken cancellationToken)
    {
        if (listings.Count == 0) return [];
        var ids = listings.Select(l => l.Id).ToList();
        var images = await db.ListingImages.AsNoTracking().Where(i => ids.Contains(i.ListingId))
            .OrderBy(i => i.Position).Select(i => new { i.ListingId, i.Id, i.StorageKey }).ToListAsync(cancellationToken);
        if (images.Count == 0) return [.. listings];
        var byListing = images.ToLookup(i => i.ListingId, i => new ListingImageResponse(i.Id, storage.UrlFor(i.StorageKey)));
        return listings.Select(l => byListing[l.Id].Any() ? l with { Images = byListing[l.Id].ToList() } : l).ToList();
    }
}
