using Marketplace.Domain.Listings;

namespace Marketplace.Application.Common.Ports;

/// <summary>
/// Loads listings for a stock change holding a write lock on their rows until the transaction ends
/// (row locks on server databases; SQLite's write transaction is already exclusive). Locks are taken in
/// id order, so two orders over the same listings cannot deadlock. This is what makes reservations
/// safe under concurrency: no two transactions can both read the same available stock.
/// </summary>
public interface IStockLocks
{
    Task<IReadOnlyList<Listing>> LockListingsAsync(IReadOnlyCollection<Guid> listingIds, CancellationToken cancellationToken);
}

/// <summary>Order numbers MKT-000001 upward, never handed out twice.</summary>
public interface IOrderNumbers
{
    Task<long> NextAsync(CancellationToken cancellationToken);

    /// <summary>Several numbers for orders placed in one transaction (a checkout: one order per grower).</summary>
    Task<IReadOnlyList<long>> NextAsync(int count, CancellationToken cancellationToken);
}
