using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// PostgreSQL: the stored, weighted <c>search_vector</c> (A title, B product type and variety, C farm and city,
/// D description; english stemming over unaccented text) with its GIN index, ranked by <c>ts_rank_cd</c>
/// (docs/decisions/0039). The rank depends only on the listing and the query, so relevance cursors stay valid.
/// </summary>
internal sealed class PostgresTextSearch(MarketplaceDbContext db) : IListingTextSearch
{
    public IQueryable<TextMatch> Match(IReadOnlyList<string> words)
    {
        // Each word quoted: every word must match, and words such as "or" are not operators.
        var text = string.Join(' ', words.Select(w => "\"" + w + "\""));
        return db.Database.SqlQuery<TextMatch>($"""
            SELECT l.id AS listing_id, ts_rank_cd(l.search_vector, q.query)::float8 AS rank
            FROM marketplace_listings AS l, websearch_to_tsquery('english', marketplace_unaccent({text})) AS q(query)
            WHERE l.search_vector @@ q.query
            """);
    }
}
