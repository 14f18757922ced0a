using System.Text.Json;
using Marketplace.Application.Common.Events;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// Delivers due outbox messages: for each aggregate only its oldest pending message (so events arrive in
/// the order they happened), to every consumer; a failure is retried with exponential backoff and, after
/// <see cref="OutboxOptions.MaxAttempts"/>, the message is marked dead. Dead messages do not hold back later ones.
/// </summary>
public sealed class OutboxProcessor(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxProcessor> logger)
{
    private const int BatchSize = 200;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Delivers what is due now; returns how many messages were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var now = clock.GetUtcNow();

        var pending = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Ordinal).ThenBy(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var due = pending.GroupBy(m => m.AggregateId).Select(g => g.First()).Where(m => m.NextAttemptAt <= now).ToList();

        var delivered = 0;
        foreach (var message in due)
        {
            if (!await ClaimAsync(db, message, now, cancellationToken)) continue; // another instance is delivering it
            try
            {
                await DeliverAsync(message, cancellationToken);
                message.Status = OutboxStatus.Delivered;
                message.DeliveredAt = clock.GetUtcNow();
                delivered++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A consumer failed: the message stays for a later attempt; nothing is lost.
                Fail(message, e, now);
            }
            message.LockedUntil = null;
            message.LockedBy = null;
            await db.SaveChangesAsync(cancellationToken);
        }
        return delivered;
    }

    /// <summary>
    /// Takes a lease on a still-pending message with one conditional UPDATE: of several instances reading the same
    /// message, exactly one succeeds. A lease left by a crashed instance expires and the message is delivered again.
    /// </summary>
    private async Task<bool> ClaimAsync(MarketplaceDbContext db, OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + Lease;
        var instance = _instance;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until).SetProperty(m => m.LockedBy, instance), cancellationToken);
        if (claimed != 1) return false;
        // The tracked copy must know about the lease, so that releasing it later is saved as a change.
        var entry = db.Entry(message);
        entry.Property(m => m.LockedUntil).OriginalValue = until;
        entry.Property(m => m.LockedUntil).CurrentValue = until;
        entry.Property(m => m.LockedBy).OriginalValue = instance;
        entry.Property(m => m.LockedBy).CurrentValue = instance;
        return true;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var data = JsonDocument.Parse(message.Data);
        var envelope = new IntegrationEvent(message.Id, message.Type, message.OccurredAt, data.RootElement.Clone());
        // Each consumer gets a scope of its own (its own DbContext and inbox transaction).
        foreach (var name in ConsumerNames())
        {
            await using var scope = scopes.CreateAsyncScope();
            var consumer = scope.ServiceProvider.GetServices<IIntegrationEventHandler>().Single(h => h.Name == name);
            await consumer.HandleAsync(envelope, cancellationToken);
        }
    }

    private List<string> ConsumerNames()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices<IIntegrationEventHandler>().Select(h => h.Name).ToList();
    }

    private void Fail(OutboxMessage message, Exception error, DateTimeOffset now)
    {
        message.Attempts++;
        message.LastError = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
        var settings = options.Value;
        if (message.Attempts >= settings.MaxAttempts)
        {
            message.Status = OutboxStatus.Dead;
            logger.LogError(error, "Outbox message {Id} ({Type}) is dead after {Attempts} attempts", message.Id, message.Type, message.Attempts);
            return;
        }
        var backoff = TimeSpan.FromTicks(Math.Min(settings.MaxBackoff.Ticks, settings.InitialBackoff.Ticks * (1L << Math.Min(message.Attempts - 1, 20))));
        message.NextAttemptAt = now + backoff;
        logger.LogWarning(error, "Outbox message {Id} ({Type}) failed attempt {Attempts}; next at {Next}", message.Id, message.Type, message.Attempts, message.NextAttemptAt);
    }
}
