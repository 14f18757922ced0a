using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Listings;
using Marketplace.Application.Users;

namespace Marketplace.Application.Favorites;

/// <summary>The caller's favorite growers and listings, newest first, with their current data.</summary>
[AuthorizeRequest(Roles.Buyer), NoInput]
public sealed record GetFavoritesQuery : IQuery<FavoritesResponse>;

/// <summary>The caller's favorites as they are now.</summary>
/// <param name="Growers">Favorite growers' public profiles, most recently added first.</param>
/// <param name="Listings">Favorite listings, most recently added first. A listing no longer on the board is still shown,
/// with its current `status` (`paused`, `sold_out` or `archived`), so the buyer sees it is not available.</param>
public sealed record FavoritesResponse(IReadOnlyList<PublicGrowerProfile> Growers, IReadOnlyList<ListingResponse> Listings);

public sealed class GetFavoritesHandler(IMarketplaceDbContext db, UserDirectory users, ListingResponses responses)
    : IQueryHandler<GetFavoritesQuery, FavoritesResponse>
{
    /// <summary>A bound on what one response reads; favorites beyond it are the oldest and are left out.</summary>
    public const int MaxShown = 500;

    public async ValueTask<FavoritesResponse> Handle(GetFavoritesQuery query, CancellationToken cancellationToken)
    {
        var caller = await users.FindCallerAsync(cancellationToken);
        var growerIds = await db.FavoriteGrowers.AsNoTracking().Where(f => f.UserId == caller.Id)
            .OrderByDescending(f => f.CreatedAt).ThenBy(f => f.GrowerId).Take(MaxShown)
            .Select(f => f.GrowerId).ToListAsync(cancellationToken);
        var listingIds = await db.FavoriteListings.AsNoTracking().Where(f => f.UserId == caller.Id)
            .OrderByDescending(f => f.CreatedAt).ThenBy(f => f.ListingId).Take(MaxShown)
            .Select(f => f.ListingId).ToListAsync(cancellationToken);

        var growers = (await GrowerProfiles.LoadAsync(db, growerIds, cancellationToken)).ToDictionary(g => g.GrowerId);
        var listings = (await db.Listings.AsNoTracking().Where(l => listingIds.Contains(l.Id)).ProjectToResponse()
            .ToListAsync(cancellationToken)).ToDictionary(l => l.Id);
        var completed = await responses.CompleteAsync(
            listingIds.Where(listings.ContainsKey).Select(id => listings[id]).ToList(), cancellationToken);
        return new FavoritesResponse(growerIds.Where(growers.ContainsKey).Select(id => growers[id]).ToList(), completed);
    }
}
