using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Carts;

/// <summary>Puts a listing in the cart, or sets its quantity when it is there already.</summary>
/// <param name="ListingId">The listing (an active listing from `GET /listings`).</param>
/// <param name="Quantity">Units wanted; a quantity below the minimum or above the stock is kept and shown as a problem.</param>
[AuthorizeRequest(Roles.Buyer)]
public sealed record SetCartLineCommand(Guid ListingId, decimal? Quantity) : ICommand<CartResponse>;

public sealed class SetCartLineValidator : AbstractValidator<SetCartLineCommand>
{
    public SetCartLineValidator()
    {
        RuleFor(c => c.ListingId).NotEmpty();
        RuleFor(c => c.Quantity).NotNull().GreaterThan(0).LessThanOrEqualTo(10_000_000).PrecisionScale(18, 3, ignoreTrailingZeros: true);
    }
}

public sealed class SetCartLineHandler(IMarketplaceDbContext db, CartStore carts, CartPricing pricing, TimeProvider clock)
    : ICommandHandler<SetCartLineCommand, CartResponse>
{
    public async ValueTask<CartResponse> Handle(SetCartLineCommand command, CancellationToken cancellationToken)
    {
        // A draft or archived listing is as good as unknown to a buyer; a paused one may be kept and shows as not active.
        var listing = await db.Listings.AsNoTracking().FirstOrDefaultAsync(l => l.Id == command.ListingId, cancellationToken);
        if (listing is null || listing.Status is ListingStatus.Draft or ListingStatus.Archived)
            throw new NotFoundException("Listing", command.ListingId);
        var cart = await carts.GetOrCreateAsync(cancellationToken);
        if (listing.GrowerId == cart.BuyerId)
            throw new DomainRuleException("own_listing", "A grower cannot buy its own listings.");
        cart.Set(listing.Id, command.Quantity!.Value, listing.UnitPriceAmount, clock.GetUtcNow());
        return await pricing.PriceAsync(cart, DeliveryMethod.Delivery, cancellationToken);
    }
}
