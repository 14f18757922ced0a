using Marketplace.Application.Users;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings;

/// <summary>Loads a listing for a change by its owner (or an admin); anyone else gets 404, never 403.</summary>
public sealed class ListingAccess(IMarketplaceDbContext db, UserDirectory users)
{
    public async Task<(Listing Listing, Guid ActorId)> LoadOwnedAsync(Guid listingId, CancellationToken cancellationToken)
    {
        var caller = await users.GetCallerAsync(cancellationToken);
        var listing = await db.Listings.FirstOrDefaultAsync(l => l.Id == listingId, cancellationToken);
        if (listing is null || (listing.GrowerId != caller.Id && !users.Current.IsInRole(Roles.Admin)))
            throw new NotFoundException("Listing", listingId);
        return (listing, caller.Id);
    }
}
