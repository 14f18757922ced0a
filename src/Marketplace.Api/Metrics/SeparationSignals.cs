using Marketplace.Api.Configuration;
using Marketplace.Application.Analytics;

namespace Marketplace.Api.Metrics;

/// <summary>What configuration says about the separation signals: core traffic, and features VibeLux core does not share.</summary>
internal static class SeparationSignals
{
    public static SeparationSettings Settings(IConfiguration configuration)
    {
        var divergent = new List<string>();
        void If(bool on, string name) { if (on) divergent.Add(name); }
        If(configuration.GetValue<bool>("Marketplace:Features:Standalone"), "standalone routing");
        If(!string.Equals(configuration["Marketplace:Auth:Mode"] ?? "shared", "shared", StringComparison.OrdinalIgnoreCase), "own authentication");
        If(string.Equals(configuration["Marketplace:Payments:Provider"], "Stripe", StringComparison.OrdinalIgnoreCase), "Stripe Connect payments");
        If(string.Equals(configuration["Marketplace:Search:Provider"], "Algolia", StringComparison.OrdinalIgnoreCase), "external search");
        If(string.Equals(configuration["Marketplace:Storage:Provider"], "S3", StringComparison.OrdinalIgnoreCase), "own object storage");
        If(!string.Equals(configuration["Marketplace:EventBus:Transport"] ?? "InProcess", "InProcess", StringComparison.OrdinalIgnoreCase), "message broker");
        var core = configuration.GetValue<long?>("Marketplace:Integration:CoreRequestsPerDay");
        return new SeparationSettings(core, divergent.Count, divergent);
    }
}
