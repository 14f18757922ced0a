using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// One transaction and one SaveChanges per command. A transaction that loses a race (optimistic
/// concurrency, deadlock, SQLite busy, a duplicate key inserted by a concurrent request) is rolled back and the
/// command run again from fresh reads, a few times; a duplicate key that persists becomes a 409 instead of a 500.
/// </summary>
internal sealed class EfUnitOfWork(MarketplaceDbContext db, IEnumerable<IListingChangeObserver> observers) : IUnitOfWork
{
    private const int Attempts = 4;

    /// <summary>Columns a reservation or stock count changes; they alone do not change what the board shows.</summary>
    private static readonly HashSet<string> StockColumns =
        [nameof(Listing.OnHand), nameof(Listing.Reserved), nameof(Listing.Version), nameof(Listing.UpdatedAt), nameof(Listing.MovementCount)];

    public async Task<T> ExecuteInTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await work(cancellationToken);
                var boardChanged = BoardChanged();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.TransactionCommitted();
                if (boardChanged)
                    foreach (var observer in observers) await observer.ListingsChangedAsync(CancellationToken.None);
                return result;
            }
            catch (Exception e) when (attempt < Attempts && DatabaseErrors.IsTransient(e))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < Attempts && DatabaseErrors.IsUniqueViolation(e))
            {
                // Usually two first requests of one caller both inserting the caller's user, or the like: run again
                // from fresh reads, which now find the winner's row. A real duplicate fails the same way every time.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                throw new DomainRuleException("already_exists", "This was created by another request at the same moment.");
            }
        }
    }

    private bool BoardChanged() => db.ChangeTracker.Entries<Listing>().Any(e =>
        e.State is EntityState.Added or EntityState.Deleted
        || (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && !StockColumns.Contains(p.Metadata.Name))));
}
