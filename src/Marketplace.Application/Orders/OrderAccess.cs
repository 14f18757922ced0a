using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Users;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Orders;

/// <summary>An order as seen by someone party to it: its buyer, its grower or an admin. Anyone else gets 404.</summary>
public sealed record OrderInHand(Order Order, OrderActor Actor, Guid CallerId);

public sealed class OrderAccess(IMarketplaceDbContext db, UserDirectory users, IStockLocks locks)
{
    public async Task<OrderInHand> LoadAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var caller = await users.GetOrCreateCallerAsync(cancellationToken);
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        var actor = order?.ActorFor(caller.Id, users.Current.IsInRole(Roles.Admin));
        if (order is null || actor is null) throw new NotFoundException("Order", orderId);
        return new OrderInHand(order, actor.Value, caller.Id);
    }

    /// <summary>The order's listings, locked for a stock change.</summary>
    public async Task<IReadOnlyDictionary<Guid, Listing>> LockListingsAsync(Order order, CancellationToken cancellationToken) =>
        (await locks.LockListingsAsync(order.Lines.Select(l => l.ListingId).ToList(), cancellationToken)).ToDictionary(l => l.Id);
}
