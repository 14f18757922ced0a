using Marketplace.Api.Configuration;
using Marketplace.Application.Analytics;
using Marketplace.Infrastructure;

namespace Marketplace.Api.Metrics;

/// <summary>What configuration says about the separation signals: core traffic, and features VibeLux core does not share.</summary>
internal static class SeparationSignals
{
    public static SeparationSettings Settings(HostSettings host, InfrastructureSettings infrastructure)
    {
        var divergent = new List<string>();
        void If(bool on, string name) { if (on) divergent.Add(name); }
        If(host.Features.Standalone, "standalone routing");
        If(host.AuthMode != AuthMode.Shared, "own authentication");
        If(infrastructure.Payments.IsStripe, "Stripe Connect payments");
        If(infrastructure.Search.IsAlgolia, "external search");
        If(infrastructure.Storage.IsS3, "own object storage");
        If(infrastructure.EventBus.UsesRabbitMq, "message broker");
        return new SeparationSettings(infrastructure.Integration.CoreRequestsPerDay, divergent.Count, divergent);
    }
}
