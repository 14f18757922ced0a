using Marketplace.Infrastructure.Settings;

namespace Marketplace.Api.Configuration;

internal static class CorsSetup
{
    /// <summary><c>Marketplace:Cors:Origins</c>: the browser origins allowed to call the API, with the headers clients read.</summary>
    public static IServiceCollection AddMarketplaceCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = services.BindOptions<CorsOptions>(configuration, CorsOptions.Section).Origins;
        return services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()
            .WithExposedHeaders("ETag", "Location", "Retry-After", "Idempotent-Replayed")));
    }
}
