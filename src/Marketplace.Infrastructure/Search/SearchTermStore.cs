using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Search;

/// <summary>Reads <c>marketplace_search_terms</c>; on PostgreSQL the trigram index also offers near spellings.</summary>
internal sealed class SearchTermStore(MarketplaceDbContext db) : ISearchTerms
{
    private const int MaxCandidates = 200;

    public async Task<IReadOnlySet<string>> KnownAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var list = words.ToList();
        var known = await db.Set<SearchTerm>().AsNoTracking().Where(t => list.Contains(t.Term)).Select(t => t.Term).ToListAsync(cancellationToken);
        return known.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<KnownTerm>> NearAsync(string word, CancellationToken cancellationToken)
    {
        if (word.Length < SearchTerm.MinimumLength) return [];
        int shortest = word.Length - 1, longest = word.Length + 1;
        string prefix = SearchTerm.PrefixOf(word), suffix = SearchTerm.SuffixOf(word);
        if (db is PostgresMarketplaceDbContext)
            return await db.Database.SqlQuery<KnownTermRow>($"""
                SELECT term, listings FROM marketplace_search_terms
                WHERE length BETWEEN {shortest} AND {longest} AND (term % {word} OR prefix = {prefix} OR suffix = {suffix})
                ORDER BY listings DESC LIMIT {MaxCandidates}
                """).Select(r => new KnownTerm(r.Term, r.Listings)).ToListAsync(cancellationToken);
        return await db.Set<SearchTerm>().AsNoTracking()
            .Where(t => t.Length >= shortest && t.Length <= longest && (t.Prefix == prefix || t.Suffix == suffix))
            .OrderByDescending(t => t.Listings).Take(MaxCandidates)
            .Select(t => new KnownTerm(t.Term, t.Listings)).ToListAsync(cancellationToken);
    }

    private sealed class KnownTermRow
    {
        public string Term { get; init; } = "";
        public int Listings { get; init; }
    }
}
