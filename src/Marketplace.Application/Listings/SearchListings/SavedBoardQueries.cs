using Marketplace.Domain.Listings;
using Marketplace.Domain.SavedSearches;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// The board as saved searches use it: a query string checked by the board's own parser and validator, its page
/// through the same <see cref="ProduceBoard"/> as <c>GET /listings</c>, and whether one listing is on that board,
/// asked of the database board restricted to the listing. No second implementation of any filter.
/// </summary>
public sealed class SavedBoardQueries(ProduceBoard board, DatabaseBoardSearch database)
{
    private static readonly SearchListingsValidator Validator = new();

    /// <summary>A query string read and validated as <c>GET /listings</c> would, in its normal form with its indexable parts.</summary>
    public sealed record Checked(string Query, SavedSearchPrefilter Prefilter);

    /// <summary>The checked query, or the board's reasons to refuse it, each naming its parameter.</summary>
    public static Checked? Check(string? text, out List<string> errors)
    {
        var query = BoardQueryString.TryParse(text, out errors);
        if (query is null) return null;
        var result = Validator.Validate(query);
        if (!result.IsValid)
        {
            errors = [.. result.Errors.Select(e => $"{CamelCase(e.PropertyName)}: {e.ErrorMessage}")];
            return null;
        }
        return new Checked(BoardQueryString.Format(query), Prefilter(BoardCriteria.From(query, callerId: null)));
    }

    /// <summary>The board page of a saved query: the public board (a grower's drafts never show), paged as <c>GET /listings</c>.</summary>
    public Task<BoardPage> PageAsync(string savedQuery, string? cursor, int limit, CancellationToken cancellationToken) =>
        board.PageAsync(Criteria(savedQuery) with { Cursor = cursor, Limit = limit }, cancellationToken);

    /// <summary>Whether the listing is on the saved query's board now (active and matching every filter, <c>q</c> included).</summary>
    public async Task<bool> ShowsAsync(string savedQuery, Guid listingId, CancellationToken cancellationToken)
    {
        // Newest order is one keyset read; the order does not matter for one listing.
        var criteria = Criteria(savedQuery) with { ListingId = listingId, Sort = BoardSort.Newest, Limit = 1, Cursor = null, Facets = false };
        return (await database.SearchAsync(criteria, cancellationToken)).Hits.Count > 0;
    }

    private static BoardCriteria Criteria(string savedQuery) =>
        BoardQueryString.TryParse(savedQuery, out var errors) is { } query
            ? BoardCriteria.From(query, callerId: null)
            : throw new DomainRuleException("invalid_query", $"The saved query no longer reads: {string.Join(" ", errors)}");

    private static SavedSearchPrefilter Prefilter(BoardCriteria criteria)
    {
        GeoBox? area = null;
        if (criteria.Near is { } near && criteria.RadiusMiles is { } radius)
        {
            var box = BoardFilters.Box(near, radius);
            area = new GeoBox(box.MinLatitude, box.MaxLatitude, box.MinLongitude ?? -180, box.MaxLongitude ?? 180);
        }
        return new SavedSearchPrefilter(
            criteria.Categories.Count == 1 ? criteria.Categories[0] : null,
            criteria.Certifications.Count == 1 ? criteria.Certifications[0] : null,
            criteria.GrowerId, criteria.MinPrice, criteria.MaxPrice, area);
    }

    private static string CamelCase(string path) => path.Length == 0 ? path : char.ToLowerInvariant(path[0]) + path[1..];
}
