using System.Globalization;
using System.Threading.RateLimiting;
using Marketplace.Api.Configuration;
using Marketplace.Api.Errors;
using Marketplace.Infrastructure.Settings;
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

    public static IServiceCollection AddMarketplaceRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = services.BindOptions<RateLimitOptions, RateLimitOptionsValidator>(configuration, RateLimitOptions.Section);
        var enabled = limits.Enabled;
        services.AddRateLimiter(options =>
        {
            foreach (var (group, window) in Groups(limits))
            {
                var limit = window.PermitLimit;
                var seconds = window.WindowSeconds;
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
                await ProblemResponses.WriteAsync(context.HttpContext, Domain.Common.ErrorKind.RateLimited, "rate_limited",
                    $"Too many requests; try again in {seconds} s.");
            };
        });
        return services;
    }

    internal static IEnumerable<(string Group, RateLimitOptions.WindowOptions Window)> Groups(RateLimitOptions limits) =>
        [(Board, limits.Board), (Orders, limits.Orders), (Default, limits.Default)];

    private static string Caller(HttpContext http) =>
        http.User.FindFirst("sub")?.Value is { } subject ? $"user:{subject}" : $"ip:{http.Connection.RemoteIpAddress}";
}

internal sealed class RateLimitOptionsValidator : OptionsValidator<RateLimitOptions>
{
    protected override IEnumerable<string> Failures(RateLimitOptions o) =>
        RateLimits.Groups(o).Where(g => g.Window.PermitLimit > 0 && g.Window.WindowSeconds < 1)
            .Select(g => $"Marketplace:RateLimits:{g.Group}:WindowSeconds must be at least 1.");
}
