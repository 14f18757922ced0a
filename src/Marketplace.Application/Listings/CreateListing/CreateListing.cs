using Marketplace.Application.Users;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings.CreateListing;

/// <summary>A grower with a grower profile offers produce; the listing starts as a draft.</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record CreateListingCommand(CreateListingBody Body) : ICommand<ListingResponse>;

public sealed class CreateListingValidator : AbstractValidator<CreateListingCommand>
{
    public CreateListingValidator()
    {
        RuleFor(c => c.Body).NotNull().SetValidator(new ListingBodyValidator());
        RuleFor(c => c.Body.QuantityAvailable).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(ListingBodyValidator.MaxQuantity)
            .PrecisionScale(18, 3, ignoreTrailingZeros: true).When(c => c.Body is not null);
    }
}

public sealed class CreateListingHandler(IMarketplaceDbContext db, UserDirectory users, MarketplaceCurrency currency, TimeProvider clock)
    : ICommandHandler<CreateListingCommand, ListingResponse>
{
    public async ValueTask<ListingResponse> Handle(CreateListingCommand command, CancellationToken cancellationToken)
    {
        currency.EnsureListedIn(command.Body);
        var grower = await users.GetCallerAsync(cancellationToken);
        if (grower.GrowerProfile is null)
            throw new ForbiddenException("grower_profile_required",
                "Create your grower profile (PUT /users/me/grower-profile) before listing produce.");

        var listing = Listing.Create(grower.Id, grower.GrowerProfile.FarmName, command.Body.ToDetails(),
            command.Body.QuantityAvailable ?? 0, clock.GetUtcNow());
        db.Listings.Add(listing);
        return listing.ToResponse();
    }
}
