using System.Text;
using System.Text.Json;
using Marketplace.Application.Common.Events;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Integrations;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Marketplace.Infrastructure.Messaging;

/// <summary>One connection per process, opened on first use, recovered automatically by the client after a broker restart.</summary>
public sealed class RabbitMqConnection(string connectionString) : IAsyncDisposable
{
    public const string OutboundExchange = "marketplace.events";
    public const string InboundExchange = "vibelux.events";
    public const string InboundQueue = "marketplace.vibelux-events";
    public const string DeadQueue = "marketplace.vibelux-events.dead";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    public async Task<IConnection> GetAsync(CancellationToken cancellationToken)
    {
        if (_connection is { IsOpen: true }) return _connection;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is { IsOpen: true }) return _connection;
            var factory = new ConnectionFactory
            {
                Uri = new Uri(connectionString),
                AutomaticRecoveryEnabled = true,
                TopologyRecoveryEnabled = true,
                NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
                ClientProvidedName = "vibelux-marketplace",
            };
            _connection = await factory.CreateConnectionAsync(cancellationToken);
            return _connection;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
        _gate.Dispose();
    }
}

/// <summary>
/// The outbox's one publishing channel per process, with publisher confirms, and the exchange declared once when
/// it opens (not per message). Reopened after the broker closed it.
/// </summary>
public sealed class RabbitMqPublishChannel(RabbitMqConnection connection) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IChannel? _channel;

    public async Task<IChannel> GetAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true }) return _channel;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_channel is { IsOpen: true }) return _channel;
            if (_channel is not null) await _channel.DisposeAsync();
            _channel = null;
            var open = await connection.GetAsync(cancellationToken);
            var channel = await open.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            await channel.ExchangeDeclareAsync(RabbitMqConnection.OutboundExchange, ExchangeType.Topic, durable: true, autoDelete: false,
                cancellationToken: cancellationToken);
            _channel = channel;
            return channel;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null) await _channel.DisposeAsync();
        _gate.Dispose();
    }
}

/// <summary>
/// The outbox's RabbitMQ transport: each integration event goes to the durable topic exchange
/// <c>marketplace.events</c>, persistent, routing key = event type, and counts as delivered only once the broker
/// confirms it. A batch is published whole before its confirms are awaited, so a batch costs one round trip, not
/// one per event. A broker outage fails the delivery, and the outbox retries later: nothing is lost.
/// </summary>
internal sealed class RabbitMqPublisher(RabbitMqPublishChannel channels) : IBatchIntegrationEventHandler
{
    public string Name => "rabbitmq";

    public async Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if ((await HandleBatchAsync([integrationEvent], cancellationToken))[0] is { } error) throw error;
    }

    public async Task<IReadOnlyList<Exception?>> HandleBatchAsync(IReadOnlyList<IntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        var channel = await channels.GetAsync(cancellationToken);
        var confirms = new List<Task>(integrationEvents.Count);
        foreach (var integrationEvent in integrationEvents)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(integrationEvent.ToEnvelope(), Contracts.IntegrationEventJson.Options);
            var properties = new BasicProperties
            {
                Persistent = true,
                MessageId = integrationEvent.Id.ToString(),
                Type = integrationEvent.Type,
                ContentType = "application/json",
            };
            confirms.Add(channel.BasicPublishAsync(RabbitMqConnection.OutboundExchange, integrationEvent.Type, mandatory: false, properties, body, cancellationToken).AsTask());
        }
        var outcomes = new Exception?[confirms.Count];
        for (var i = 0; i < confirms.Count; i++)
        {
            try
            {
                await confirms[i];
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Nacked, or the channel closed before the confirm: this event is retried by the outbox.
                outcomes[i] = e;
            }
        }
        return outcomes;
    }
}

/// <summary>
/// Consumes VibeLux core's events from a durable queue bound to <c>vibelux.events</c>, with manual acks. Each
/// message must carry <c>X-VibeLux-Signature</c> as on the HTTP route; one that is unsigned, badly signed or
/// invalid is moved to <c>marketplace.vibelux-events.dead</c> at once, and one that keeps failing is put back with
/// an attempt count and moved there after <c>Marketplace:EventBus:MaxAttempts</c> (ADR 26). Redeliveries of an
/// applied event are dropped by the inbox. Connects with backoff until the broker is there.
/// </summary>
internal sealed class VibeLuxEventConsumer(
    RabbitMqConnection connection, RabbitMqPublishChannel publisher, IVibeLuxWebhooks webhooks, IServiceScopeFactory scopes,
    Microsoft.Extensions.Options.IOptions<Outbox.OutboxOptions> options, ILogger<VibeLuxEventConsumer> logger)
    : BackgroundService
{
    public const string SignatureHeader = "X-VibeLux-Signature";
    public const string AttemptsHeader = "x-marketplace-attempts";
    public const string ReasonHeader = "x-marketplace-dead-reason";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var open = await connection.GetAsync(stoppingToken);
                var channel = await open.CreateChannelAsync(cancellationToken: stoppingToken);
                await channel.ExchangeDeclareAsync(RabbitMqConnection.InboundExchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: stoppingToken);
                await channel.QueueDeclareAsync(RabbitMqConnection.InboundQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: stoppingToken);
                await channel.QueueDeclareAsync(RabbitMqConnection.DeadQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: stoppingToken);
                await channel.QueueBindAsync(RabbitMqConnection.InboundQueue, RabbitMqConnection.InboundExchange, "#", cancellationToken: stoppingToken);
                await channel.BasicQosAsync(0, 10, false, stoppingToken);
                var consumer = new AsyncEventingBasicConsumer(channel);
                consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, delivery, stoppingToken);
                await channel.BasicConsumeAsync(RabbitMqConnection.InboundQueue, autoAck: false, consumer, stoppingToken);
                await Task.Delay(Timeout.Infinite, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "RabbitMQ consumer not connected; retrying in {Delay}", delay);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    private async Task HandleAsync(IChannel channel, BasicDeliverEventArgs delivery, CancellationToken cancellationToken)
    {
        var attempt = Attempts(delivery.BasicProperties) + 1;
        try
        {
            try
            {
                var vibeLuxEvent = webhooks.VerifyQueued(Encoding.UTF8.GetString(delivery.Body.Span), Header(delivery.BasicProperties, SignatureHeader));
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new HandleVibeLuxEventCommand(vibeLuxEvent), cancellationToken);
            }
            catch (Exception e) when (IsRefused(e))
            {
                // Unsigned, badly signed or invalid: it never will be applied, so it stops here rather than loop.
                logger.LogError(e, "Dead-lettering a VibeLux message that was refused");
                await RepublishAsync(delivery, RabbitMqConnection.DeadQueue, attempt, e.Message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt >= options.Value.MaxAttempts)
            {
                logger.LogError(e, "Dead-lettering a VibeLux message after {Attempts} failed attempts", attempt);
                // The innermost message names the cause (a wrapper such as DbUpdateException says only "see the inner exception").
                await RepublishAsync(delivery, RabbitMqConnection.DeadQueue, attempt, e.GetBaseException().Message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Applying a VibeLux event failed (attempt {Attempt}); it goes back to the queue", attempt);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                // Put back with its count (a plain requeue counts nothing), confirmed before the original is acked.
                await RepublishAsync(delivery, RabbitMqConnection.InboundQueue, attempt, null, cancellationToken);
            }
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The broker could not take the copy: the original stays in the queue, untouched, for a later delivery.
            logger.LogWarning(e, "Could not move a VibeLux message; it goes back to the queue as it was");
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, cancellationToken);
        }
    }

    /// <summary>The message itself is at fault (any coded error but an unavailable dependency), so a retry cannot help.</summary>
    private static bool IsRefused(Exception e) =>
        e is JsonException or Domain.Common.MarketplaceException { Kind: not Domain.Common.ErrorKind.Unavailable and not Domain.Common.ErrorKind.Internal };

    private async Task RepublishAsync(BasicDeliverEventArgs delivery, string queue, int attempts, string? reason, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, object?>(delivery.BasicProperties.Headers ?? new Dictionary<string, object?>()) { [AttemptsHeader] = attempts };
        if (reason is not null) headers[ReasonHeader] = reason.Length > 500 ? reason[..500] : reason;
        var properties = new BasicProperties(delivery.BasicProperties) { Persistent = true, Headers = headers };
        var channel = await publisher.GetAsync(cancellationToken);
        // The default exchange routes by queue name: the copy goes to this queue only, not to every binding of vibelux.events.
        await channel.BasicPublishAsync("", queue, mandatory: false, properties, delivery.Body, cancellationToken);
    }

    private static int Attempts(IReadOnlyBasicProperties properties) =>
        properties.Headers?.TryGetValue(AttemptsHeader, out var value) == true
            ? value switch { int n => n, long n => (int)Math.Min(n, int.MaxValue), short n => n, byte n => n, _ => 0 }
            : 0;

    private static string? Header(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), string text => text, _ => null }
            : null;
}
