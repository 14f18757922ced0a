using Marketplace.Application.Users;
using Marketplace.Domain.Carts;

namespace Marketplace.Application.Carts;

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
