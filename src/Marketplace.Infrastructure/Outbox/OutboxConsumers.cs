using Marketplace.Application.Common.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>The names of the registered integration event consumers, read once: every outbox message gets a delivery per name.</summary>
public sealed class OutboxConsumers(IServiceScopeFactory scopes)
{
    private readonly Lazy<IReadOnlyList<string>> _names = new(() =>
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices<IIntegrationEventHandler>().Select(h => h.Name).Distinct().ToList();
    });

    public IReadOnlyList<string> Names => _names.Value;
}
