using Marketplace.Api.Configuration;
using Marketplace.Infrastructure.Settings;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Marketplace.Api.Telemetry;

/// <summary>
/// Traces and metrics (ASP.NET Core, HttpClient, EF Core) exported over OTLP/HTTP when
/// <c>Marketplace:Telemetry:OtlpEndpoint</c> is set (e.g. <c>http://collector:4318</c>); otherwise nothing is collected.
/// </summary>
internal static class TelemetrySetup
{
    public static IServiceCollection AddMarketplaceTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = services.BindOptions<TelemetryOptions, TelemetryOptionsValidator>(configuration, TelemetryOptions.Section).OtlpEndpoint;
        if (string.IsNullOrWhiteSpace(endpoint)) return services;
        var root = endpoint.TrimEnd('/');

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("vibelux-marketplace"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(otlp =>
                {
                    otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
                    otlp.Endpoint = new Uri($"{root}/v1/traces");
                }))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(otlp =>
                {
                    otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
                    otlp.Endpoint = new Uri($"{root}/v1/metrics");
                }));
        return services;
    }
}

internal sealed class TelemetryOptionsValidator : OptionsValidator<TelemetryOptions>
{
    protected override IEnumerable<string> Failures(TelemetryOptions o)
    {
        if (!string.IsNullOrWhiteSpace(o.OtlpEndpoint) && !Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _))
            yield return "Marketplace:Telemetry:OtlpEndpoint must be an absolute URL such as http://collector:4318.";
    }
}
