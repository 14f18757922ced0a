using Marketplace.Application.Users;
using Marketplace.Domain.Carts;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Carts;

/// <summary>The buyer's cart at today's prices, grouped by grower, each line with its problems.</summary>
/// <param name="DeliveryMethod">Price the growers' delivery fees for `delivery` (the default) or `pickup` (no fees).</param>
[AuthorizeRequest(Roles.Buyer)]
public sealed record GetCartQuery(string? DeliveryMethod = null) : IQuery<CartResponse>;

public sealed class GetCartValidator : AbstractValidator<GetCartQuery>
{
    public GetCartValidator() =>
        RuleFor(q => q.DeliveryMethod).Must(m => EnumCode<DeliveryMethod>.TryParse(m, out _)).When(q => q.DeliveryMethod is not null)
            .WithMessage($"Must be one of: {string.Join(", ", EnumCode<DeliveryMethod>.All)}.");
}

public sealed class GetCartHandler(CartStore carts, CartPricing pricing) : IQueryHandler<GetCartQuery, CartResponse>
{
    public async ValueTask<CartResponse> Handle(GetCartQuery query, CancellationToken cancellationToken) =>
        await pricing.PriceAsync(await carts.FindAsync(tracked: false, cancellationToken), query.DeliveryMethod is null ? DeliveryMethod.Delivery : EnumCode<DeliveryMethod>.Parse(query.DeliveryMethod), cancellationToken);
}

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

/// <summary>The caller's one cart.</summary>
public sealed class CartStore(IMarketplaceDbContext db, UserDirectory users, TimeProvider clock)
{
    public async Task<Cart?> FindAsync(bool tracked, CancellationToken cancellationToken)
    {
        var buyerId = await users.FindCallerIdAsync(cancellationToken);
        if (buyerId is null) return null;
        var query = tracked ? db.Carts : db.Carts.AsNoTracking();
        return await query.FirstOrDefaultAsync(c => c.BuyerId == buyerId, cancellationToken);
    }

    public async Task<Cart> GetOrCreateAsync(CancellationToken cancellationToken)
    {
        var buyer = await users.GetCallerAsync(cancellationToken);
        var cart = await db.Carts.FirstOrDefaultAsync(c => c.BuyerId == buyer.Id, cancellationToken);
        if (cart is not null) return cart;
        // Two first requests at once both insert: the unique buyer index refuses one and the unit of work runs it again.
        cart = Cart.For(buyer.Id, clock.GetUtcNow());
        db.Carts.Add(cart);
        return cart;
    }
}
