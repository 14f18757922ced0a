using System.Collections.Concurrent;
using Marketplace.Application.Common.Events;
using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Persistence;

namespace Marketplace.FunctionalTests.Support;

/// <summary>What the test consumer received, and how it should misbehave.</summary>
public sealed class ConsumerLog
{
    private int _failuresLeft;

    public ConcurrentQueue<IntegrationEvent> Received { get; } = new();

    /// <summary>Every delivery attempt per message, before the inbox drops repeats.</summary>
    public ConcurrentDictionary<Guid, int> Deliveries { get; } = new();

    /// <summary>Event type the consumer always refuses (a poison message), if any.</summary>
    public string? PoisonType { get; set; }

    /// <summary>While set, the email provider is down: every send fails (the other consumers are untouched).</summary>
    public bool EmailDown { get; set; }

    /// <summary>While set, each delivery waits for it inside the consumer (a slow consumer, or one caught by a crash).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public void FailNext(int deliveries) => _failuresLeft = deliveries;

    public bool ShouldFail(IntegrationEvent e) => e.Type == PoisonType || Interlocked.Decrement(ref _failuresLeft) >= 0;

    public void Reset()
    {
        Received.Clear();
        Deliveries.Clear();
        PoisonType = null;
        EmailDown = false;
        Hold = null;
        _failuresLeft = 0;
    }
}

/// <summary>An idempotent consumer, as every consumer must be: the inbox drops redeliveries.</summary>
public sealed class RecordingConsumer(MarketplaceDbContext db, IInbox inbox, ConsumerLog log) : IIntegrationEventHandler
{
    public string Name => "test-recorder";

    public async Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        log.Deliveries.AddOrUpdate(integrationEvent.Id, 1, (_, n) => n + 1);
        if (log.Hold is { } hold) await hold.Task.WaitAsync(cancellationToken);
        if (log.ShouldFail(integrationEvent)) throw new InvalidOperationException($"consumer unavailable for {integrationEvent.Type}");
        if (!await inbox.TryStartAsync(Name, integrationEvent.Id.ToString(), cancellationToken)) return;
        await db.SaveChangesAsync(cancellationToken);
        log.Received.Enqueue(integrationEvent);
    }
}

/// <summary>The configured email sender, behind a switch that simulates the provider's outage.</summary>
public sealed class SwitchableEmailSender(IEmailSender inner, ConsumerLog log) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        log.EmailDown ? throw new HttpRequestException("email provider unavailable (503)") : inner.SendAsync(message, cancellationToken);
}
