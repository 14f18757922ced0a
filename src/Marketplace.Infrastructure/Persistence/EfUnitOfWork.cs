using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// One transaction and one SaveChanges per command. A transaction that loses a race (optimistic
/// concurrency, deadlock, SQLite busy) is rolled back and the command run again from fresh reads, a few
/// times; a duplicate key becomes a 409 instead of a 500.
/// </summary>
internal sealed class EfUnitOfWork(MarketplaceDbContext db) : IUnitOfWork
{
    private const int Attempts = 4;

    public async Task<T> ExecuteInTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await work(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception e) when (attempt < Attempts && DatabaseErrors.IsTransient(e))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken);
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                throw new DomainRuleException("already_exists", "This was created by another request at the same moment.");
            }
        }
    }
}
