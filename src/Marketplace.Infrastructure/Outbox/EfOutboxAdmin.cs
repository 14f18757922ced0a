using Marketplace.Application.Admin;
using Marketplace.Application.Common.Events;
using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>The admin view of the outbox; a retry changes tracked deliveries, saved by the command's unit of work.</summary>
internal sealed class EfOutboxAdmin(MarketplaceDbContext db) : IOutboxAdmin
{
    public async Task<IReadOnlyList<OutboxMessageResponse>> ListAsync(OutboxStatus? status, DateTimeOffset? beforeAt, Guid? beforeId, int take,
        CancellationToken cancellationToken)
    {
        var messages = db.OutboxMessages.AsNoTracking();
        if (status is not null)
        {
            // The same rule as OutboxMessage.StatusOf, in SQL.
            messages = status switch
            {
                OutboxStatus.Dead => messages.Where(m => m.Deliveries.Any(d => d.Status == OutboxStatus.Dead)),
                OutboxStatus.Pending => messages.Where(m => m.Deliveries.Any(d => d.Status == OutboxStatus.Pending)
                    && !m.Deliveries.Any(d => d.Status == OutboxStatus.Dead)),
                _ => messages.Where(m => m.Deliveries.All(d => d.Status == OutboxStatus.Delivered)),
            };
        }
        if (beforeAt is { } at && beforeId is { } id)
            messages = messages.Where(m => m.OccurredAt < at || (m.OccurredAt == at && m.Id.CompareTo(id) < 0));
        var rows = await messages.OrderByDescending(m => m.OccurredAt).ThenByDescending(m => m.Id).Take(take)
            .Include(m => m.Deliveries).ToListAsync(cancellationToken);
        return rows.Select(Response).ToList();
    }

    public async Task<OutboxRetry?> RetryAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.Include(m => m.Deliveries).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null) return null;
        var retried = message.Deliveries.Count(d => d.Retry(now));
        return new OutboxRetry(retried, Response(message));
    }

    private static OutboxMessageResponse Response(OutboxMessage message)
    {
        var deliveries = message.Deliveries.OrderBy(d => d.Consumer, StringComparer.Ordinal)
            .Select(d => new OutboxDeliveryResponse(d.Consumer, d.Status, d.Attempts, d.NextAttemptAt, d.LastError, d.DeliveredAt)).ToList();
        var status = OutboxMessage.StatusOf(deliveries.Select(d => d.Status));
        var worst = deliveries.OrderByDescending(d => d.Attempts).FirstOrDefault();
        var waiting = deliveries.Where(d => d.Status == OutboxStatus.Pending).Select(d => d.NextAttemptAt).ToList();
        return new OutboxMessageResponse(message.Id, message.Type, message.AggregateId, message.OccurredAt, status, worst?.Attempts ?? 0,
            waiting.Count > 0 ? waiting.Min() : message.OccurredAt, worst?.LastError,
            status == OutboxStatus.Delivered ? deliveries.Max(d => d.DeliveredAt) : null, deliveries);
    }
}
