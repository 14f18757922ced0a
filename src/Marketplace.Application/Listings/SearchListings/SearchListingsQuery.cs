using System.Text.Json.Serialization;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>The produce board: active listings, filtered, sorted and paged by keyset cursor.</summary>
[AllowAnonymousRequest]
public sealed record SearchListingsQuery : IQuery<BoardPage>
{
    /// <summary>Words to find in title, product type, variety, description, farm name and city; every word must match (plurals, accents and one typo tolerated).</summary>
    public string? Q { get; init; }
    /// <summary>Only these categories (repeat for several).</summary>
    public string[]? Category { get; init; }
    /// <summary>Only listings with any of these certifications (repeat for several).</summary>
    public string[]? Certification { get; init; }
    /// <summary>Only these growing methods (repeat for several).</summary>
    public string[]? GrowingMethod { get; init; }
    /// <summary>Only this quality grade.</summary>
    public string? Grade { get; init; }
    /// <summary>Lowest unit price, in minor units.</summary>
    public long? MinPrice { get; init; }
    /// <summary>Highest unit price, in minor units.</summary>
    public long? MaxPrice { get; init; }
    /// <summary>Only produce harvested on or after this date.</summary>
    public DateOnly? HarvestedAfter { get; init; }
    /// <summary>Only produce available on this date.</summary>
    public DateOnly? AvailableOn { get; init; }
    /// <summary>Only listings that offer `pickup` or `delivery`.</summary>
    public string? Delivery { get; init; }
    /// <summary>A point `lat,lng` to measure distance from; needed by `radiusMiles` and `sort=distance`.</summary>
    public string? Near { get; init; }
    /// <summary>Only listings within this many miles of `near`.</summary>
    public double? RadiusMiles { get; init; }
    /// <summary>Only this grower's listings; a grower asking for its own also sees drafts and paused ones.</summary>
    public Guid? GrowerId { get; init; }
    /// <summary>Order of results: `relevance` (default with `q`), `newest` (default), `price`, `-price`, `freshest`, `distance`, `rating`.</summary>
    public string? Sort { get; init; }
    /// <summary>Listings per page, 1–100 (default 20).</summary>
    public int? Limit { get; init; }
    /// <summary>The `nextCursor` of the previous page, with the same sort.</summary>
    public string? Cursor { get; init; }
    /// <summary>`true` adds counts by category, certification, growing method and price over all matches.</summary>
    public bool? Facets { get; init; }
}

/// <summary>A page of the produce board.</summary>
/// <param name="Items">The listings on this page.</param>
/// <param name="NextCursor">Pass it back as `cursor` for the next page; null on the last page.</param>
/// <param name="Facets">Counts over all matching listings; only when `facets=true`.</param>
public sealed record BoardPage(
    IReadOnlyList<ListingResponse> Items,
    string? NextCursor,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BoardFacets? Facets);

/// <summary>Counts over every listing that matches the filters (all pages), by value.</summary>
/// <param name="Category">Matching listings per category.</param>
/// <param name="Certification">Matching listings per certification code.</param>
/// <param name="GrowingMethod">Matching listings per growing method.</param>
/// <param name="Price">Matching listings per unit-price band in minor units, e.g. `500-1000`.</param>
public sealed record BoardFacets(
    IReadOnlyDictionary<string, int> Category,
    IReadOnlyDictionary<string, int> Certification,
    IReadOnlyDictionary<string, int> GrowingMethod,
    IReadOnlyDictionary<string, int> Price);
