using Marketplace.Infrastructure.Settings;
using Marketplace.Infrastructure.Payments;

namespace Marketplace.Api.Configuration;

/// <summary><c>Marketplace:DemoData</c>.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "Marketplace:DemoData";

    /// <summary>Seed the demo board; unset means "in Development". Never done in Production.</summary>
    public bool? Seed { get; set; }
}

/// <summary>
/// What this host serves, decided once before the app is built from the options bound at registration: where the
/// routes live, which auth routes exist, which payment routes, whether the Development routes and the demo data are on.
/// </summary>
public sealed record HostSettings(FeatureOptions Features, AuthMode AuthMode, bool StripePayments, bool DevelopmentRoutes, bool SeedDemoData)
{
    public string BasePath => Features.BasePath;
}

public static class HostSettingsSetup
{
    public static HostSettings AddHostSettings(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment,
        AuthOptions auth, PaymentsOptions payments)
    {
        var features = services.BindOptions<FeatureOptions>(configuration, FeatureOptions.Section);
        var demo = services.BindOptions<DemoDataOptions>(configuration, DemoDataOptions.Section);
        var seed = (demo.Seed ?? environment.IsDevelopment()) && !environment.IsProduction();
        var host = new HostSettings(features, auth.Mode, payments.IsStripe, environment.IsDevelopment(), seed);
        services.AddSingleton(host);
        return host;
    }
}
