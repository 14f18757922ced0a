using System.Text.Json;
using Marketplace.Application.Common.Events;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// Delivers due outbox messages, each consumer on its own: for each aggregate only its oldest pending delivery
/// (so a consumer sees events in the order they happened), chosen in SQL among those due now, so deliveries in
/// backoff never crowd out newer ones. A failure is retried with exponential backoff and, after
/// <see cref="OutboxOptions.MaxAttempts"/>, that consumer's delivery is dead; dead ones hold nothing back.
/// </summary>
public sealed class OutboxProcessor(
    IServiceScopeFactory scopes, OutboxConsumers consumers, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxProcessor> logger)
{
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public IReadOnlyList<string> Consumers => consumers.Names;

    /// <summary>Delivers what is due now to every consumer, side by side; returns how many deliveries succeeded.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var delivered = await Task.WhenAll(consumers.Names.Select(c => DispatchDueAsync(c, cancellationToken)));
        return delivered.Sum();
    }

    /// <summary>Delivers one batch of what is due now to one consumer; returns how many deliveries succeeded.</summary>
    public async Task<int> DispatchDueAsync(string consumer, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var settings = options.Value;
        var lease = $"{_instance}:{Guid.NewGuid():N}";
        var claimed = await OutboxClaims.ClaimDueAsync(db, consumer, lease, clock.GetUtcNow(), settings, cancellationToken);
        if (claimed.Count == 0) return 0;

        var ids = claimed.Select(d => d.MessageId).ToList();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var events = claimed.Select(d => Envelope(messages[d.MessageId])).ToList();

        await using var renewal = new LeaseRenewal(scopes, lease, clock, settings.Lease, logger);
        var handler = scope.ServiceProvider.GetServices<IIntegrationEventHandler>().Single(h => h.Name == consumer);
        var delivered = 0;
        if (handler is IBatchIntegrationEventHandler batch)
        {
            var outcomes = await HandleBatchAsync(batch, events, cancellationToken);
            for (var i = 0; i < claimed.Count; i++) delivered += Record(claimed[i], events[i], outcomes[i], settings);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            for (var i = 0; i < claimed.Count; i++)
            {
                delivered += Record(claimed[i], events[i], await HandleOneAsync(consumer, events[i], cancellationToken), settings);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        return delivered;
    }

    private static IntegrationEvent Envelope(OutboxMessage message)
    {
        using var data = JsonDocument.Parse(message.Data);
        return new IntegrationEvent(message.Id, message.Type, message.OccurredAt, data.RootElement.Clone());
    }

    private static async Task<IReadOnlyList<Exception?>> HandleBatchAsync(
        IBatchIntegrationEventHandler handler, List<IntegrationEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            return await handler.HandleBatchAsync(events, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return events.Select(_ => (Exception?)e).ToList();
        }
    }

    /// <summary>Each delivery gets a scope of its own (its own DbContext and inbox record, saved after the handler succeeded).</summary>
    private async Task<Exception?> HandleOneAsync(string consumer, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IIntegrationEventHandler>().Single(h => h.Name == consumer);
            await handler.HandleAsync(integrationEvent, cancellationToken);
            // The consumer's unit of work: what it recorded (its inbox row) is saved here, once it has handled the event,
            // so no consumer in Application saves by itself.
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The consumer failed: its delivery stays for a later attempt; nothing is lost and no other consumer waits.
            return e;
        }
    }

    private int Record(OutboxDelivery delivery, IntegrationEvent integrationEvent, Exception? error, OutboxOptions settings)
    {
        var now = clock.GetUtcNow();
        if (error is null)
        {
            delivery.Delivered(now);
            return 1;
        }
        // An undeliverable event fails for good on its first failure: retrying it would only repeat the refusal.
        var maxAttempts = error is UndeliverableEventException ? 0 : settings.MaxAttempts;
        delivery.Failed(error.Message, now, maxAttempts, settings.InitialBackoff, settings.MaxBackoff);
        if (delivery.Status == OutboxStatus.Dead)
            logger.LogError(error, "Outbox message {Id} ({Type}) is dead for {Consumer} after {Attempts} attempts",
                integrationEvent.Id, integrationEvent.Type, delivery.Consumer, delivery.Attempts);
        else
            logger.LogWarning(error, "Outbox message {Id} ({Type}) failed attempt {Attempts} for {Consumer}; next at {Next}",
                integrationEvent.Id, integrationEvent.Type, delivery.Attempts, delivery.Consumer, delivery.NextAttemptAt);
        return 0;
    }
}
