using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Settings;
using Marketplace.Infrastructure.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Integrations;

public static class VibeLuxSetup
{
    /// <summary><c>Marketplace:Integration</c>: VibeLux core's signed events, its API client and, in <c>Batch</c> mode, the periodic pull.</summary>
    public static IntegrationOptions AddVibeLux(this IServiceCollection services, IConfiguration configuration)
    {
        var integration = services.BindOptions<IntegrationOptions, IntegrationOptionsValidator>(configuration, IntegrationOptions.Section);
        services.AddSingleton<IVibeLuxWebhooks, VibeLuxWebhooks>();
        services.AddScoped<Application.Integrations.IFacilitySync, VibeLuxFacilitySync>();
        var baseUrl = integration.VibeLuxApiUrl;
        services.AddHttpClient<IVibeLuxApi, VibeLuxApiClient>(VibeLuxApiClient.HttpClientName, http =>
            {
                if (!string.IsNullOrWhiteSpace(baseUrl)) http.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/");
            })
            .AddOutboundResilience("vibelux", retries: 3, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(15));
        if (integration.DataSync == DataSyncMode.Batch && !string.IsNullOrWhiteSpace(baseUrl))
            services.AddHostedService(sp => new VibeLuxBatchSync(sp.GetRequiredService<IServiceScopeFactory>(), integration.SyncInterval,
                sp.GetRequiredService<ILogger<VibeLuxBatchSync>>()));
        return integration;
    }
}

internal sealed class IntegrationOptionsValidator : OptionsValidator<IntegrationOptions>
{
    protected override IEnumerable<string> Failures(IntegrationOptions o)
    {
        if (!IsDefined(o.DataSync)) yield return "Marketplace:Integration:DataSync must be 'Realtime', 'Batch' or 'Manual'.";
        if (o.SyncInterval <= TimeSpan.Zero) yield return "Marketplace:Integration:SyncInterval must be positive.";
        if (!string.IsNullOrWhiteSpace(o.VibeLuxApiUrl) && !Uri.TryCreate(o.VibeLuxApiUrl, UriKind.Absolute, out _))
            yield return "Marketplace:Integration:VibeLuxApiUrl (VIBELUX_API_URL) must be an absolute URL.";
    }
}
