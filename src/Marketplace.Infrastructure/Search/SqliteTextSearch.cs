using System.Runtime.CompilerServices;
using System.Text;
using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// SQLite: the FTS5 table <c>marketplace_listings_fts</c> (porter stemming, unicode61 with diacritics removed), kept
/// in step with the listings by triggers (docs/decisions/0039). A listing scores, for each query word, by the best
/// field that holds it: title 8, product type or variety 4, farm or city 2, description 1. bm25 is not used as the
/// rank because it moves whenever any listing changes, which would shift listings across a relevance cursor.
/// </summary>
internal sealed class SqliteTextSearch(MarketplaceDbContext db) : IListingTextSearch
{
    private static readonly (string Columns, int Weight)[] Fields =
        [("{title}", 8), ("{product_type variety}", 4), ("{farm_name city}", 2)];

    public IQueryable<TextMatch> Match(IReadOnlyList<string> words)
    {
        var args = new List<object> { string.Join(' ', words.Select(Quote)) };
        var rank = new StringBuilder();
        foreach (var word in words)
        {
            if (rank.Length > 0) rank.Append(" + ");
            rank.Append("(CASE");
            foreach (var (columns, weight) in Fields)
            {
                rank.Append(" WHEN listing_id IN (SELECT listing_id FROM marketplace_listings_fts WHERE marketplace_listings_fts MATCH {")
                    .Append(args.Count).Append("}) THEN ").Append(weight);
                args.Add(columns + " : " + Quote(word));
            }
            rank.Append(" ELSE 1 END)");
        }
        var sql = $"SELECT listing_id AS listing_id, CAST({rank} AS REAL) AS rank FROM marketplace_listings_fts WHERE marketplace_listings_fts MATCH {{0}}";
        return db.Database.SqlQuery<TextMatch>(FormattableStringFactory.Create(sql, [.. args]));
    }

    // Words hold letters and digits only (SearchWords), so a quoted word is always one FTS5 string.
    private static string Quote(string word) => "\"" + word + "\"";
}
