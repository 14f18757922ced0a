using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Listings;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Orders;

/// <summary>
/// Row locks for stock changes, per provider. PostgreSQL: <c>SELECT … FOR UPDATE</c> in id order;
/// SQL Server: <c>UPDLOCK, ROWLOCK</c>; SQLite: the unit of work's <c>BEGIN IMMEDIATE</c> transaction
/// already holds the database's single write lock, so a plain read inside it is exclusive.
/// </summary>
internal sealed class StockLocks(MarketplaceDbContext db) : IStockLocks
{
    public async Task<IReadOnlyList<Listing>> LockListingsAsync(IReadOnlyCollection<Guid> listingIds, CancellationToken cancellationToken)
    {
        if (listingIds.Count == 0) return [];
        var ids = listingIds.Distinct().Order().ToArray();

        if (db.Database.IsNpgsql())
            return await db.Listings
                .FromSql($"SELECT * FROM marketplace_listings WHERE id = ANY({ids}) ORDER BY id FOR UPDATE")
                .ToListAsync(cancellationToken);

        var listings = db.Database.IsSqlServer()
            ? db.Listings.FromSqlRaw("SELECT * FROM marketplace_listings WITH (UPDLOCK, ROWLOCK)")
            : db.Listings;
        return await listings.Where(l => ids.Contains(l.Id)).OrderBy(l => l.Id).ToListAsync(cancellationToken);
    }
}

/// <summary>Order numbers from a sequence (PostgreSQL, SQL Server) or, on SQLite, the next after the highest.</summary>
internal sealed class OrderNumbers(MarketplaceDbContext db) : IOrderNumbers
{
    public Task<long> NextAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            return db.Database.SqlQueryRaw<long>($"SELECT nextval('{MarketplaceDbContext.OrderNumberSequence}') AS \"Value\"").SingleAsync(cancellationToken);
        if (db.Database.IsSqlServer())
            return db.Database.SqlQueryRaw<long>($"SELECT NEXT VALUE FOR {MarketplaceDbContext.OrderNumberSequence} AS Value").SingleAsync(cancellationToken);
        // SQLite runs one write transaction at a time, and this runs inside it.
        return db.Database.SqlQueryRaw<long>("SELECT COALESCE(MAX(sequence), 0) + 1 AS \"Value\" FROM marketplace_orders").SingleAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<long>> NextAsync(int count, CancellationToken cancellationToken)
    {
        // SQLite's next number is read from the stored orders, which do not include the ones this transaction adds yet.
        if (db.Database.IsSqlite())
        {
            var first = await NextAsync(cancellationToken);
            return Enumerable.Range(0, count).Select(i => first + i).ToList();
        }
        var numbers = new List<long>();
        for (var i = 0; i < count; i++) numbers.Add(await NextAsync(cancellationToken));
        return numbers;
    }
}
