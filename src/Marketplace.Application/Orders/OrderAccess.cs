using Marketplace.Application.Users;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Orders;

/// <summary>An order as seen by someone party to it: its buyer, its grower or an admin. Anyone else gets 404.</summary>
public sealed record OrderInHand(Order Order, OrderActor Actor, Guid CallerId)
{
    /// <summary>The order's listings, locked, when the order was loaded for a stock change.</summary>
    public IReadOnlyDictionary<Guid, Listing> Listings { get; init; } = new Dictionary<Guid, Listing>();
}

public sealed class OrderAccess(IMarketplaceDbContext db, UserDirectory users, IStockLocks locks)
{
    public async Task<OrderInHand> LoadAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var caller = await users.GetCallerAsync(cancellationToken);
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        var actor = order?.ActorFor(caller.Id, users.Current.IsInRole(Roles.Admin));
        if (order is null || actor is null) throw new NotFoundException("Order", orderId);
        return new OrderInHand(order, actor.Value, caller.Id);
    }

    /// <summary>
    /// For a change that moves stock: locks the order's listings first and only then reads the order, so the
    /// order is as the last holder of those locks left it (never a copy read before another change committed).
    /// </summary>
    public async Task<OrderInHand> LoadForStockChangeAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var listingIds = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .SelectMany(o => o.Lines).Select(l => l.ListingId).ToListAsync(cancellationToken);
        var listings = (await locks.LockListingsAsync(listingIds, cancellationToken)).ToDictionary(l => l.Id);
        return await LoadAsync(orderId, cancellationToken) with { Listings = listings };
    }
}
