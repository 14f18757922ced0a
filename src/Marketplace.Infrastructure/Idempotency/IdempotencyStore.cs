using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Common;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Infrastructure.Idempotency;

/// <summary>
/// Keys live in <c>marketplace_idempotency_keys</c>; the primary key (caller, key) makes the claim atomic
/// across requests and API instances. Uses its own context so it never joins the request's transaction.
/// A claim is leased for <see cref="Lease"/>: a host killed mid-request strands its key only that long.
/// </summary>
internal sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock) : IIdempotencyStore
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Longer than any request takes, payment provider retries included.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>How long a duplicate waits for the attempt in progress before answering 409; real time, not the clock's.</summary>
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Marks a claim answered; the stored result is turned into HTTP again by its endpoint, so the column no longer
    /// carries a status of its own.
    /// </summary>
    private const int Answered = 200;

    public async Task<IdempotencyClaim> ClaimAsync(string owner, string key, string requestHash, CancellationToken cancellationToken)
    {
        var claim = await TryClaimAsync(owner, key, requestHash, cancellationToken);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (claim.Outcome == IdempotencyOutcome.InProgress && waited.Elapsed < WaitForFirst)
        {
            await Task.Delay(100, cancellationToken);
            claim = await TryClaimAsync(owner, key, requestHash, cancellationToken);
        }
        return claim;
    }

    private async Task<IdempotencyClaim> TryClaimAsync(string owner, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var now = clock.GetUtcNow();

        var existing = await db.IdempotencyRecords.FirstOrDefaultAsync(r => r.Owner == owner && r.Key == key, cancellationToken);
        if (existing is not null && existing.ExpiresAt > now)
            return existing.RequestHash == requestHash && existing.StatusCode is null && existing.LeaseExpiresAt <= now
                ? await TakeOverAsync(db, existing, now, cancellationToken)
                : Evaluate(existing, requestHash);
        if (existing is not null) db.IdempotencyRecords.Remove(existing);

        var lease = Guid.NewGuid();
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Owner = owner, Key = key, RequestHash = requestHash, CreatedAt = now, ExpiresAt = now + Lifetime,
            LeaseId = lease, LeaseExpiresAt = now + Lease,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new IdempotencyClaim(IdempotencyOutcome.Claimed, LeaseId: lease);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // Another request claimed the key between our read and our insert.
            db.ChangeTracker.Clear();
            var winner = await db.IdempotencyRecords.AsNoTracking().FirstAsync(r => r.Owner == owner && r.Key == key, cancellationToken);
            return Evaluate(winner, requestHash);
        }
    }

    /// <summary>The attempt holding the key stopped answering (its host died): one other attempt takes its lease over.</summary>
    private static async Task<IdempotencyClaim> TakeOverAsync(MarketplaceDbContext db, IdempotencyRecord stale, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lease = Guid.NewGuid();
        var taken = await db.IdempotencyRecords
            .Where(r => r.Owner == stale.Owner && r.Key == stale.Key && r.LeaseId == stale.LeaseId && r.StatusCode == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseId, lease).SetProperty(r => r.LeaseExpiresAt, now + Lease), cancellationToken);
        return taken == 1
            ? new IdempotencyClaim(IdempotencyOutcome.Claimed, LeaseId: lease, ResourceId: stale.ResourceId)
            : new IdempotencyClaim(IdempotencyOutcome.InProgress);
    }

    public async Task CompleteAsync(string owner, string key, Guid leaseId, string result, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        await db.IdempotencyRecords.Where(r => r.Owner == owner && r.Key == key && r.LeaseId == leaseId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.StatusCode, Answered).SetProperty(r => r.ResponseBody, result), cancellationToken);
    }

    public async Task ReleaseAsync(string owner, string key, Guid leaseId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var mine = db.IdempotencyRecords.Where(r => r.Owner == owner && r.Key == key && r.LeaseId == leaseId && r.StatusCode == null);
        await mine.Where(r => r.ResourceId == null).ExecuteDeleteAsync(cancellationToken);
        // A claim that names what its request committed is kept with its lease ended: the next attempt takes it
        // over at once and finds that order (or, when it was cancelled, places a new one).
        await mine.Where(r => r.ResourceId != null).ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseExpiresAt, clock.GetUtcNow()), cancellationToken);
    }

    private static IdempotencyClaim Evaluate(IdempotencyRecord record, string requestHash) =>
        record.RequestHash != requestHash ? new IdempotencyClaim(IdempotencyOutcome.Mismatch)
        : record.StatusCode is null ? new IdempotencyClaim(IdempotencyOutcome.InProgress)
        : new IdempotencyClaim(IdempotencyOutcome.Replay, record.ResponseBody);
}

/// <summary>The request's claimed key; binds what the request creates to it through the request's own context and transaction.</summary>
internal sealed class RequestIdempotency(MarketplaceDbContext db) : IRequestIdempotency
{
    private (string Owner, string Key, Guid LeaseId)? _held;

    public Guid? CommittedResourceId { get; private set; }

    public string? Key => _held?.Key;

    public bool Replayed { get; private set; }

    public void MarkReplayed() => Replayed = true;

    public void Hold(string owner, string key, IdempotencyClaim claim)
    {
        _held = (owner, key, claim.LeaseId);
        CommittedResourceId = claim.ResourceId;
    }

    public async Task BindAsync(Guid resourceId, CancellationToken cancellationToken)
    {
        if (_held is not { } held) return;
        var bound = await db.IdempotencyRecords
            .Where(r => r.Owner == held.Owner && r.Key == held.Key && r.LeaseId == held.LeaseId && r.StatusCode == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResourceId, resourceId), cancellationToken);
        if (bound == 0)
            throw new DomainRuleException("idempotency_request_in_progress",
                "Another attempt with this Idempotency-Key took it over; retry with the same key to get its answer.");
    }
}
