using System.Text;
using Marketplace.Domain.Listings;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// Keeps <c>marketplace_search_terms</c> in step with the listings in the same SaveChanges (so in the same
/// transaction): a listing that becomes active adds one to each of its words, one that stops being active or
/// changes its text takes its old words away. Counts change by upsert in SQL, so concurrent commands add up.
/// </summary>
internal static class SearchTermsWriter
{
    // SQL Server accepts at most 2100 parameters per command; five per term.
    private const int TermsPerCommand = 300;

    public static Task ApplyAsync(MarketplaceDbContext db, CancellationToken cancellationToken) =>
        WriteAsync(db, Deltas(db.ChangeTracker.Entries<Listing>()), cancellationToken);

    /// <summary>
    /// Fills an empty terms table from the active listings (a database whose listings predate the table); the
    /// writes after it keep it in step. Runs at start-up; an empty board makes it a no-op.
    /// </summary>
    public static async Task BackfillAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        if (await db.SearchTerms.AnyAsync(cancellationToken)) return;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var text in db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.Active).Select(l => l.SearchText).AsAsyncEnumerable().WithCancellation(cancellationToken))
            foreach (var term in Terms(text)) counts[term] = counts.GetValueOrDefault(term) + 1;
        await WriteAsync(db, counts, cancellationToken);
    }

    private static async Task WriteAsync(MarketplaceDbContext db, Dictionary<string, int> deltas, CancellationToken cancellationToken)
    {
        if (deltas.Count == 0) return;
        // One order for every command, so two transactions never wait on each other's terms in a cycle.
        var ordered = deltas.Where(d => d.Value != 0).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        foreach (var chunk in ordered.Chunk(TermsPerCommand))
        {
            var (sql, parameters) = Upsert(db, chunk);
#pragma warning disable EF1002 // the SQL text holds placeholders only; every value is a parameter
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
            if (chunk.Any(d => d.Value < 0))
            {
                var gone = chunk.Where(d => d.Value < 0).Select(d => (object)d.Key).ToArray();
                var names = string.Join(", ", gone.Select((_, i) => "{" + i + "}"));
                await db.Database.ExecuteSqlRawAsync($"DELETE FROM marketplace_search_terms WHERE listings <= 0 AND term IN ({names})", gone, cancellationToken);
            }
#pragma warning restore EF1002
        }
    }

    private static Dictionary<string, int> Deltas(IEnumerable<EntityEntry<Listing>> entries)
    {
        var deltas = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            var wasActive = entry.State != EntityState.Added && entry.OriginalValues.GetValue<ListingStatus>(nameof(Listing.Status)) == ListingStatus.Active;
            var isActive = entry.State != EntityState.Deleted && entry.Entity.Status == ListingStatus.Active;
            var before = wasActive ? Terms(entry.OriginalValues.GetValue<string>(nameof(Listing.SearchText))) : [];
            var after = isActive ? Terms(entry.Entity.SearchText) : [];
            foreach (var term in before.Except(after)) deltas[term] = deltas.GetValueOrDefault(term) - 1;
            foreach (var term in after.Except(before)) deltas[term] = deltas.GetValueOrDefault(term) + 1;
        }
        return deltas;
    }

    public static HashSet<string> Terms(string? searchText) =>
        SearchWords.Split(searchText).Where(w => w.Length is >= SearchTerm.MinimumLength and <= SearchWords.MaxTermLength).ToHashSet(StringComparer.Ordinal);

    private static (string Sql, object[] Parameters) Upsert(MarketplaceDbContext db, KeyValuePair<string, int>[] chunk)
    {
        var parameters = new List<object>(chunk.Length * 5);
        var rows = new StringBuilder();
        foreach (var (term, delta) in chunk)
        {
            if (rows.Length > 0) rows.Append(", ");
            var at = parameters.Count;
            rows.Append($"({{{at}}}, {{{at + 1}}}, {{{at + 2}}}, {{{at + 3}}}, {{{at + 4}}})");
            parameters.AddRange([term, term.Length, SearchTerm.PrefixOf(term), SearchTerm.SuffixOf(term), delta]);
        }
        var sql = db is SqlServerMarketplaceDbContext
            ? $"""
              MERGE INTO marketplace_search_terms WITH (HOLDLOCK) AS t
              USING (VALUES {rows}) AS s (term, length, prefix, suffix, listings) ON t.term = s.term
              WHEN MATCHED THEN UPDATE SET listings = t.listings + s.listings
              WHEN NOT MATCHED THEN INSERT (term, length, prefix, suffix, listings) VALUES (s.term, s.length, s.prefix, s.suffix, s.listings);
              """
            : $"""
              INSERT INTO marketplace_search_terms (term, length, prefix, suffix, listings) VALUES {rows}
              ON CONFLICT (term) DO UPDATE SET listings = marketplace_search_terms.listings + excluded.listings
              """;
        return (sql, [.. parameters]);
    }
}
