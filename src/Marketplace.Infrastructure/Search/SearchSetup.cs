using Marketplace.Application.Common.Ports;
using Marketplace.Application.Listings.SearchListings;
using Marketplace.Infrastructure.Http;
using Marketplace.Infrastructure.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Infrastructure.Search;

public static class SearchSetup
{
    /// <summary>
    /// <c>Marketplace:Search</c>: the board's engine (<see cref="IBoardSearch"/>) is the database's own full-text search,
    /// or an Algolia index kept in step by the outbox (<see cref="ISearchIndex"/>).
    /// </summary>
    public static SearchOptions AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        var search = services.BindOptions<SearchOptions, SearchOptionsValidator>(configuration, SearchOptions.Section);
        if (!search.IsAlgolia)
        {
            services.AddSingleton<ISearchIndex, DatabaseSearchIndex>();
            services.AddScoped<IBoardSearch>(sp => sp.GetRequiredService<Application.Listings.SearchListings.DatabaseBoardSearch>());
            return search;
        }
        services.AddHttpClient<AlgoliaSearchIndex>(AlgoliaSearchIndex.HttpClientName)
            .AddOutboundResilience("algolia", retries: 2, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5));
        services.AddTransient<ISearchIndex>(sp => sp.GetRequiredService<AlgoliaSearchIndex>());
        services.AddScoped<IBoardSearch, AlgoliaBoardSearch>();
        return search;
    }
}

internal sealed class SearchOptionsValidator : OptionsValidator<SearchOptions>
{
    protected override IEnumerable<string> Failures(SearchOptions o)
    {
        if (!IsDefined(o.Provider)) yield return "Marketplace:Search:Provider must be 'Database' or 'Algolia'.";
        if (o.IsAlgolia && (string.IsNullOrWhiteSpace(o.Algolia.ApplicationId) || string.IsNullOrWhiteSpace(o.Algolia.ApiKey)))
            yield return "Marketplace:Search:Provider is Algolia but Marketplace:Search:Algolia:ApplicationId or :ApiKey is not set.";
    }
}
