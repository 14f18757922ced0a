using Marketplace.Api.Configuration;
using Marketplace.Infrastructure.Settings;
using Marketplace.Infrastructure.Persistence;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Api.Caching;

/// <summary>
/// Anonymous board pages are cached for <c>Marketplace:Board:CacheSeconds</c> (default 5; 0 turns it off),
/// keyed by the full query string. A commit that changes what the board shows drops every cached page on
/// this instance at once; other instances' pages age out within the same seconds. Requests with a token
/// (a grower seeing its drafts) are never cached.
/// </summary>
internal static class BoardCache
{
    public const string Policy = "board";
    private const string Tag = "board";

    public static IServiceCollection AddBoardCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = services.BindOptions<BoardOptions>(configuration, BoardOptions.Section).CacheSeconds;
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.AddPolicy(Policy, policy => policy.Expire(TimeSpan.FromSeconds(Math.Max(seconds, 1))).Tag(Tag)
                .With(_ => seconds > 0));
        });
        services.AddSingleton<IListingChangeObserver, EvictBoardPages>();
        return services;
    }

    private sealed class EvictBoardPages(IOutputCacheStore store) : IListingChangeObserver
    {
        public ValueTask ListingsChangedAsync(CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken);
    }
}
