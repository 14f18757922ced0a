using Marketplace.Application.Common.Events;
using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Settings;
using Marketplace.Infrastructure.Inbox;
using Marketplace.Infrastructure.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Infrastructure.Messaging;

public static class EventBusSetup
{
    /// <summary>
    /// <c>Marketplace:EventBus</c>: the outbox dispatcher delivering to this process's consumers and, with the
    /// <c>RabbitMq</c> transport, to the broker, from which VibeLux core's events are consumed as well.
    /// </summary>
    public static OutboxOptions AddEventBus(this IServiceCollection services, IConfiguration configuration)
    {
        var bus = services.BindOptions<OutboxOptions, OutboxOptionsValidator>(configuration, OutboxOptions.Section);
        services.AddScoped<IInbox, EfInbox>();
        services.AddSingleton<OutboxConsumers>();
        services.AddSingleton<OutboxProcessor>();
        services.AddSingleton<OutboxSignal>();
        if (bus.UsesRabbitMq && bus.RabbitMq.ConnectionString is { Length: > 0 } rabbit)
        {
            services.AddSingleton(new RabbitMqConnection(rabbit));
            services.AddSingleton<RabbitMqPublishChannel>();
            services.AddScoped<IIntegrationEventHandler, RabbitMqPublisher>();
            services.AddHostedService<VibeLuxEventConsumer>();
        }
        services.AddHostedService<OutboxDispatcherService>();
        return bus;
    }
}

internal sealed class OutboxOptionsValidator : OptionsValidator<OutboxOptions>
{
    protected override IEnumerable<string> Failures(OutboxOptions o)
    {
        if (o.MaxAttempts is < 1 or > 100) yield return "Marketplace:EventBus:MaxAttempts must be 1 to 100.";
        if (o.Lease < TimeSpan.FromSeconds(1)) yield return "Marketplace:EventBus:Lease must be at least 00:00:01.";
        if (o.BatchSize is < 1 or > 1000) yield return "Marketplace:EventBus:BatchSize must be 1 to 1000.";
        if (!IsDefined(o.Transport)) yield return "Marketplace:EventBus:Transport must be 'InProcess' or 'RabbitMq'.";
        if (o.UsesRabbitMq && string.IsNullOrWhiteSpace(o.RabbitMq.ConnectionString))
            yield return "Marketplace:EventBus:Transport is RabbitMq but Marketplace:EventBus:RabbitMq:ConnectionString is not set.";
    }
}
