using System.Globalization;
using System.Threading.RateLimiting;
using Marketplace.Api.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace Marketplace.Api.RateLimiting;

/// <summary>
/// Fixed-window limits per caller: the token's subject, or the client address when anonymous. Each route
/// group has its own policy (<c>Marketplace:RateLimits:{Group}:PermitLimit</c> / <c>:WindowSeconds</c>);
/// a refused request is a 429 problem with <c>Retry-After</c>.
/// </summary>
internal static class RateLimits
{
    public const string Board = "board";
    public const string Orders = "orders";
    public const string Default = "default";

    private static readonly Dictionary<string, (int Permits, int WindowSeconds)> Defaults = new()
    {
        [Board] = (300, 60),
        [Orders] = (60, 60),
        [Default] = (600, 60),
    };

    public static IServiceCollection AddMarketplaceRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Marketplace:RateLimits");
        var enabled = section.GetValue("Enabled", true);
        services.AddRateLimiter(options =>
        {
            foreach (var (group, (permits, window)) in Defaults)
            {
                var limit = section.GetValue($"{group}:PermitLimit", permits);
                var seconds = section.GetValue($"{group}:WindowSeconds", window);
                options.AddPolicy(group, http => !enabled || limit <= 0
                    ? RateLimitPartition.GetNoLimiter("off")
                    : RateLimitPartition.GetFixedWindowLimiter($"{group}:{Caller(http)}", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limit,
                        Window = TimeSpan.FromSeconds(seconds),
                        QueueLimit = 0,
                    }));
            }
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await ProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "rate_limited",
                    $"Too many requests; try again in {seconds} s.");
            };
        });
        return services;
    }

    private static string Caller(HttpContext http) =>
        http.User.FindFirst("sub")?.Value is { } subject ? $"user:{subject}" : $"ip:{http.Connection.RemoteIpAddress}";
}
