using Marketplace.Domain.Orders;

namespace Marketplace.Application.Carts;

/// <summary>Takes a listing out of the cart (404 when it is not in it).</summary>
[AuthorizeRequest(Roles.Buyer)]
public sealed record RemoveCartLineCommand(Guid ListingId) : ICommand<CartResponse>;

public sealed class RemoveCartLineValidator : AbstractValidator<RemoveCartLineCommand>
{
    public RemoveCartLineValidator() => RuleFor(c => c.ListingId).NotEmpty();
}

public sealed class RemoveCartLineHandler(CartStore carts, CartPricing pricing, TimeProvider clock) : ICommandHandler<RemoveCartLineCommand, CartResponse>
{
    public async ValueTask<CartResponse> Handle(RemoveCartLineCommand command, CancellationToken cancellationToken)
    {
        var cart = await carts.FindAsync(tracked: true, cancellationToken);
        if (cart is null || !cart.Remove(command.ListingId, clock.GetUtcNow())) throw new NotFoundException("Cart line", command.ListingId);
        return await pricing.PriceAsync(cart, DeliveryMethod.Delivery, cancellationToken);
    }
}
