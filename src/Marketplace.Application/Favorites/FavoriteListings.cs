using Marketplace.Application.Users;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;
using Unit = Mediator.Unit;

namespace Marketplace.Application.Favorites;

/// <summary>The caller keeps a listing in their favorites; a second PUT of the same listing changes nothing.</summary>
[AuthorizeRequest(Roles.Buyer)]
public sealed record AddFavoriteListingCommand(Guid ListingId) : ICommand<Unit>;

/// <summary>The caller drops a listing from their favorites; dropping one that is not there changes nothing.</summary>
[AuthorizeRequest(Roles.Buyer)]
public sealed record RemoveFavoriteListingCommand(Guid ListingId) : ICommand<Unit>;

public sealed class AddFavoriteListingValidator : AbstractValidator<AddFavoriteListingCommand>
{
    public AddFavoriteListingValidator() => RuleFor(c => c.ListingId).NotEmpty();
}

public sealed class RemoveFavoriteListingValidator : AbstractValidator<RemoveFavoriteListingCommand>
{
    public RemoveFavoriteListingValidator() => RuleFor(c => c.ListingId).NotEmpty();
}

public sealed class AddFavoriteListingHandler(IMarketplaceDbContext db, UserDirectory users, TimeProvider clock)
    : ICommandHandler<AddFavoriteListingCommand, Unit>
{
    public async ValueTask<Unit> Handle(AddFavoriteListingCommand command, CancellationToken cancellationToken)
    {
        var caller = await users.FindCallerAsync(cancellationToken);
        await FavoriteListingRules.RequireVisibleAsync(db, command.ListingId, caller.Id, users, cancellationToken);
        if (!await db.FavoriteListings.AnyAsync(f => f.UserId == caller.Id && f.ListingId == command.ListingId, cancellationToken))
            db.FavoriteListings.Add(new FavoriteListing(caller.Id, command.ListingId, clock.GetUtcNow()));
        return Unit.Value;
    }
}

public sealed class RemoveFavoriteListingHandler(IMarketplaceDbContext db, UserDirectory users)
    : ICommandHandler<RemoveFavoriteListingCommand, Unit>
{
    public async ValueTask<Unit> Handle(RemoveFavoriteListingCommand command, CancellationToken cancellationToken)
    {
        var caller = await users.FindCallerAsync(cancellationToken);
        var favorite = await db.FavoriteListings
            .FirstOrDefaultAsync(f => f.UserId == caller.Id && f.ListingId == command.ListingId, cancellationToken);
        // A favorite already kept may be removed whatever became of its listing; otherwise the listing must exist.
        if (favorite is not null) db.FavoriteListings.Remove(favorite);
        else await FavoriteListingRules.RequireVisibleAsync(db, command.ListingId, caller.Id, users, cancellationToken);
        return Unit.Value;
    }
}

internal static class FavoriteListingRules
{
    /// <summary>The same visibility as <c>GET /listings/{id}</c>: drafts and archived listings exist for their grower and admins only.</summary>
    public static async Task RequireVisibleAsync(IMarketplaceDbContext db, Guid listingId, Guid callerId, UserDirectory users, CancellationToken cancellationToken)
    {
        var found = await db.Listings.AsNoTracking().Where(l => l.Id == listingId)
            .Select(l => new { l.Status, l.GrowerId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Listing", listingId);
        if (found.Status is ListingStatus.Draft or ListingStatus.Archived && found.GrowerId != callerId && !users.Current.IsInRole(Roles.Admin))
            throw new NotFoundException("Listing", listingId);
    }
}
