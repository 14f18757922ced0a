using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Infrastructure.Idempotency;

/// <summary>
/// Keys live in <c>marketplace_idempotency_keys</c>; the primary key (caller, key) makes the claim atomic
/// across requests and API instances. Uses its own context so it never joins the request's transaction.
/// </summary>
internal sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock) : IIdempotencyStore
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public async Task<IdempotencyClaim> ClaimAsync(string owner, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var now = clock.GetUtcNow();

        var existing = await db.IdempotencyRecords.FirstOrDefaultAsync(r => r.Owner == owner && r.Key == key, cancellationToken);
        if (existing is not null && existing.ExpiresAt > now) return Evaluate(existing, requestHash);
        if (existing is not null) db.IdempotencyRecords.Remove(existing);

        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Owner = owner, Key = key, RequestHash = requestHash, CreatedAt = now, ExpiresAt = now + Lifetime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new IdempotencyClaim(IdempotencyOutcome.Claimed);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // Another request claimed the key between our read and our insert.
            db.ChangeTracker.Clear();
            var winner = await db.IdempotencyRecords.AsNoTracking().FirstAsync(r => r.Owner == owner && r.Key == key, cancellationToken);
            return Evaluate(winner, requestHash);
        }
    }

    public async Task CompleteAsync(string owner, string key, int statusCode, string body, string? location, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        await db.IdempotencyRecords.Where(r => r.Owner == owner && r.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.StatusCode, statusCode).SetProperty(r => r.ResponseBody, body)
                .SetProperty(r => r.Location, location), cancellationToken);
    }

    public async Task ReleaseAsync(string owner, string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        await db.IdempotencyRecords.Where(r => r.Owner == owner && r.Key == key && r.StatusCode == null).ExecuteDeleteAsync(cancellationToken);
    }

    private static IdempotencyClaim Evaluate(IdempotencyRecord record, string requestHash) =>
        record.RequestHash != requestHash ? new IdempotencyClaim(IdempotencyOutcome.Mismatch)
        : record.StatusCode is null ? new IdempotencyClaim(IdempotencyOutcome.InProgress)
        : new IdempotencyClaim(IdempotencyOutcome.Replay, record.StatusCode, record.ResponseBody, record.Location);
}
