using System.Text.Json.Nodes;
using Marketplace.Application.Common.Paging;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Listings;
using Marketplace.Application.Listings.SearchListings;
using Marketplace.Domain.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// The board on Algolia (ADR 11, 44): text, filters, geo and facets go to the index or a sort's replica, which picks
/// and orders one page of ids; the rows come from the database, active ones only. Algolia pages by number, so the
/// cursor carries the next page under the sort's name prefixed with <c>index:</c>.
/// </summary>
internal sealed class AlgoliaBoardSearch(AlgoliaSearchIndex algolia, IOptions<SearchOptions> options, IMarketplaceDbContext db, CursorCodec cursors)
    : IBoardSearch
{
    private static readonly string[] FacetAttributes = ["category", "certifications", "growingMethod", "priceBucket"];

    public async Task<BoardResult> SearchAsync(BoardCriteria criteria, CancellationToken cancellationToken)
    {
        var cursorSort = "index:" + BoardSorts.Code(criteria.Sort);
        var page = (await cursors.DecodeAsync(criteria.Cursor, cursorSort, cancellationToken))?.KeyAsPosition() ?? 0;
        var body = new JsonObject
        {
            ["query"] = criteria.Text ?? "",
            ["filters"] = AlgoliaFilters.For(criteria),
            ["page"] = page,
            ["hitsPerPage"] = criteria.Limit,
            ["attributesToRetrieve"] = new JsonArray("objectID"),
            ["attributesToHighlight"] = new JsonArray(),
        };
        if (criteria.Near is { } near)
        {
            body["aroundLatLng"] = AlgoliaFilters.LatLng(near);
            body["aroundRadius"] = criteria.RadiusMiles is { } miles ? AlgoliaFilters.Metres(miles) : "all";
        }
        if (criteria.Facets) body["facets"] = new JsonArray(FacetAttributes.Select(f => (JsonNode)f).ToArray());

        var index = AlgoliaIndexSettings.IndexFor(options.Value.Algolia.IndexName, criteria.Sort);
        var result = await algolia.QueryAsync(index, body, cancellationToken);
        var ids = result["hits"]!.AsArray().Select(h => Guid.Parse(h!["objectID"]!.GetValue<string>())).ToList();
        var answeredPage = result["page"]?.GetValue<int>() ?? page;
        var pages = result["nbPages"]?.GetValue<int>() ?? 0;

        // The index may trail the database by an outbox delivery: a listing no longer active is left out.
        var rows = await db.Listings.AsNoTracking().Where(l => ids.Contains(l.Id) && l.Status == ListingStatus.Active)
            .ProjectToResponse().ToDictionaryAsync(l => l.Id, cancellationToken);
        var hits = ids.Where(rows.ContainsKey).Select(id => new BoardHit(rows[id], null)).ToList();
        var next = answeredPage + 1 < pages ? await cursors.EncodeAsync(Cursor.For(cursorSort, answeredPage + 1, Guid.Empty), cancellationToken) : null;
        return new BoardResult(hits, next, criteria.Facets ? Facets(result["facets"]) : null);
    }

    private static BoardFacets Facets(JsonNode? facets)
    {
        IReadOnlyDictionary<string, int> Counts(string name) =>
            facets?[name]?.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>()) ?? new Dictionary<string, int>();
        return new BoardFacets(Counts("category"), Counts("certifications"), Counts("growingMethod"), Counts("priceBucket"));
    }
}
