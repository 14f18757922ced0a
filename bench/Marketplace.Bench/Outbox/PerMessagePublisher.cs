using System.Text.Json;
using Marketplace.Application.Common.Events;
using Marketplace.Infrastructure.Messaging;
using RabbitMQ.Client;

namespace Marketplace.Bench.Outbox;

/// <summary>
/// The comparison for the outbox scenario: how the RabbitMQ transport used to publish. Every event opens its own
/// confirming channel, declares the exchange, publishes, waits for that one confirm and closes the channel, and
/// the outbox hands it events one at a time.
/// </summary>
internal sealed class PerMessagePublisher(RabbitMqConnection connection) : IIntegrationEventHandler
{
    public string Name => "rabbitmq-per-message";

    public async Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var open = await connection.GetAsync(cancellationToken);
        await using var channel = await open.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        await channel.ExchangeDeclareAsync(RabbitMqConnection.OutboundExchange, ExchangeType.Topic, durable: true, autoDelete: false,
            cancellationToken: cancellationToken);
        var body = JsonSerializer.SerializeToUtf8Bytes(integrationEvent, JsonSerializerOptions.Web);
        var properties = new BasicProperties
        {
            Persistent = true,
            MessageId = integrationEvent.Id.ToString(),
            Type = integrationEvent.Type,
            ContentType = "application/json",
        };
        await channel.BasicPublishAsync(RabbitMqConnection.OutboundExchange, integrationEvent.Type, mandatory: false, properties, body, cancellationToken);
    }
}
