using Marketplace.Domain.Orders;

namespace Marketplace.Application.Carts;

/// <summary>Empties the cart.</summary>
[AuthorizeRequest(Roles.Buyer)]
public sealed record ClearCartCommand : ICommand<CartResponse>;

public sealed class ClearCartValidator : AbstractValidator<ClearCartCommand>;

public sealed class ClearCartHandler(CartStore carts, CartPricing pricing, TimeProvider clock) : ICommandHandler<ClearCartCommand, CartResponse>
{
    public async ValueTask<CartResponse> Handle(ClearCartCommand command, CancellationToken cancellationToken)
    {
        (await carts.FindAsync(tracked: true, cancellationToken))?.Clear(clock.GetUtcNow());
        return await pricing.PriceAsync(null, DeliveryMethod.Delivery, cancellationToken);
    }
}
