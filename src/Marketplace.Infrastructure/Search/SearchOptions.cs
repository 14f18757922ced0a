namespace Marketplace.Infrastructure.Search;

public enum SearchProvider { Database, Algolia }

/// <summary><c>Marketplace:Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Marketplace:Search";

    /// <summary><c>Database</c> (default) or <c>Algolia</c>.</summary>
    public SearchProvider Provider { get; set; } = SearchProvider.Database;
    public AlgoliaOptions Algolia { get; set; } = new();

    public bool IsAlgolia => Provider == SearchProvider.Algolia;

    public sealed class AlgoliaOptions
    {
        public string? ApplicationId { get; set; }
        public string? ApiKey { get; set; }
        public string IndexName { get; set; } = "marketplace_listings";

        /// <summary>One host for reads and writes (tests); production leaves it unset and uses Algolia's hosts.</summary>
        public string? Host { get; set; }
    }
}

/// <summary>The default: the board reads the listings table, which is always current, so there is no copy to write.</summary>
internal sealed class DatabaseSearchIndex : Application.Listings.SearchListings.ISearchIndex
{
    public bool IsExternal => false;

    public Task IndexAsync(IReadOnlyList<Application.Listings.SearchListings.SearchDocument> upserts, IReadOnlyList<Guid> deletions, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task<Application.Listings.SearchListings.ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken) =>
        Task.FromResult<Application.Listings.SearchListings.ISearchIndexRebuild>(new NothingToRebuild());

    /// <summary>The listings table is the index: a rebuild has nothing to add and nothing to swap.</summary>
    private sealed class NothingToRebuild : Application.Listings.SearchListings.ISearchIndexRebuild
    {
        public Task AddAsync(IReadOnlyList<Application.Listings.SearchListings.SearchDocument> documents, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task SwapInAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
