using Marketplace.Application.Users;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Favorites;

/// <summary>The caller keeps a grower in their favorites; a second PUT of the same grower changes nothing.</summary>
[AuthorizeRequest(Roles.Buyer)]
public sealed record AddFavoriteGrowerCommand(Guid GrowerId) : ICommand<Unit>;

/// <summary>The caller drops a grower from their favorites; dropping one that is not there changes nothing.</summary>
[AuthorizeRequest(Roles.Buyer)]
public sealed record RemoveFavoriteGrowerCommand(Guid GrowerId) : ICommand<Unit>;

public sealed class AddFavoriteGrowerValidator : AbstractValidator<AddFavoriteGrowerCommand>
{
    public AddFavoriteGrowerValidator() => RuleFor(c => c.GrowerId).NotEmpty();
}

public sealed class RemoveFavoriteGrowerValidator : AbstractValidator<RemoveFavoriteGrowerCommand>
{
    public RemoveFavoriteGrowerValidator() => RuleFor(c => c.GrowerId).NotEmpty();
}

public sealed class AddFavoriteGrowerHandler(IMarketplaceDbContext db, UserDirectory users, TimeProvider clock)
    : ICommandHandler<AddFavoriteGrowerCommand, Unit>
{
    public async ValueTask<Unit> Handle(AddFavoriteGrowerCommand command, CancellationToken cancellationToken)
    {
        // Only a user with a grower profile is a grower buyers can see.
        if (!await db.Users.AnyAsync(u => u.Id == command.GrowerId && u.GrowerProfile != null, cancellationToken))
            throw new NotFoundException("Grower", command.GrowerId);
        var caller = await users.FindCallerAsync(cancellationToken);
        if (!await db.FavoriteGrowers.AnyAsync(f => f.UserId == caller.Id && f.GrowerId == command.GrowerId, cancellationToken))
            db.FavoriteGrowers.Add(new FavoriteGrower(caller.Id, command.GrowerId, clock.GetUtcNow()));
        return Unit.Value;
    }
}

public sealed class RemoveFavoriteGrowerHandler(IMarketplaceDbContext db, UserDirectory users)
    : ICommandHandler<RemoveFavoriteGrowerCommand, Unit>
{
    public async ValueTask<Unit> Handle(RemoveFavoriteGrowerCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == command.GrowerId && u.GrowerProfile != null, cancellationToken))
            throw new NotFoundException("Grower", command.GrowerId);
        var caller = await users.FindCallerAsync(cancellationToken);
        var favorite = await db.FavoriteGrowers
            .FirstOrDefaultAsync(f => f.UserId == caller.Id && f.GrowerId == command.GrowerId, cancellationToken);
        if (favorite is not null) db.FavoriteGrowers.Remove(favorite);
        return Unit.Value;
    }
}
