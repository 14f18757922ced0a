using Marketplace.Application.Orders;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Carts;

/// <summary>Puts an earlier order's lines back in the buyer's cart at today's prices.</summary>
/// <param name="OrderId">The order to buy again.</param>
[AuthorizeRequest(Roles.Buyer)]
public sealed record ReorderCommand(Guid OrderId) : ICommand<CartResponse>;

public sealed class ReorderValidator : AbstractValidator<ReorderCommand>
{
    public ReorderValidator() => RuleFor(c => c.OrderId).NotEmpty();
}

public sealed class ReorderHandler(IMarketplaceDbContext db, OrderAccess access, CartStore carts, CartPricing pricing, TimeProvider clock)
    : ICommandHandler<ReorderCommand, CartResponse>
{
    public async ValueTask<CartResponse> Handle(ReorderCommand command, CancellationToken cancellationToken)
    {
        var (order, actor, _) = await access.LoadAsync(command.OrderId, cancellationToken);
        // Only the buyer buys again: a grower or an admin who may read the order has no cart to fill with it.
        if (actor != OrderActor.Buyer) throw new NotFoundException("Order", command.OrderId);

        var ids = order.Lines.Select(l => l.ListingId).ToList();
        var listings = await db.Listings.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var cart = await carts.GetOrCreateAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // Sold-out, paused and archived listings go in too, so the buyer sees each line's problem instead of a line
        // silently missing; a listing back in draft is hidden from buyers, as it is on the board.
        foreach (var line in order.Lines)
            if (listings.TryGetValue(line.ListingId, out var listing) && listing.Status != ListingStatus.Draft)
                cart.Set(listing.Id, line.Quantity, listing.UnitPriceAmount, now);
        return await pricing.PriceAsync(cart, DeliveryMethod.Delivery, cancellationToken);
    }
}
