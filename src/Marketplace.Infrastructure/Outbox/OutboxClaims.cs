using Marketplace.Application.Common.Events;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>Finding and leasing what one consumer is due to receive.</summary>
internal static class OutboxClaims
{
    /// <summary>
    /// Selects in SQL the deliveries due now that are the oldest pending one of their aggregate for this consumer,
    /// leases them with one conditional UPDATE (of several instances, exactly one wins each row), and returns the
    /// ones this lease won, tracked, oldest first. A lease left by a crashed instance expires and is taken again.
    /// </summary>
    public static async Task<List<OutboxDelivery>> ClaimDueAsync(
        MarketplaceDbContext db, string consumer, string lease, DateTimeOffset now, OutboxOptions settings, CancellationToken cancellationToken)
    {
        var due = await Due(db, consumer, now).Select(d => d.MessageId).Take(settings.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0) return [];
        var until = now + settings.Lease;
        await db.OutboxDeliveries
            .Where(d => d.Consumer == consumer && due.Contains(d.MessageId) && d.Status == OutboxStatus.Pending && (d.LockedUntil == null || d.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedUntil, until).SetProperty(d => d.LockedBy, lease), cancellationToken);
        return await db.OutboxDeliveries.Where(d => d.LockedBy == lease)
            .OrderBy(d => d.OccurredAt).ThenBy(d => d.Ordinal).ThenBy(d => d.MessageId).ToListAsync(cancellationToken);
    }

    private static IQueryable<OutboxDelivery> Due(MarketplaceDbContext db, string consumer, DateTimeOffset now) =>
        db.OutboxDeliveries
            .Where(d => d.Consumer == consumer && d.Status == OutboxStatus.Pending && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
            .Where(d => !db.OutboxDeliveries.Any(e => e.Consumer == consumer && e.AggregateId == d.AggregateId && e.Status == OutboxStatus.Pending
                && (e.OccurredAt < d.OccurredAt
                    || (e.OccurredAt == d.OccurredAt && (e.Ordinal < d.Ordinal || (e.Ordinal == d.Ordinal && e.MessageId.CompareTo(d.MessageId) < 0))))))
            .OrderBy(d => d.OccurredAt).ThenBy(d => d.Ordinal).ThenBy(d => d.MessageId);
}
