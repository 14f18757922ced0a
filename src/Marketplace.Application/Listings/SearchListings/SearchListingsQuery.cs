using System.Text.Json.Serialization;
using Mediator;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>The produce board: active listings, filtered, sorted and paged by keyset cursor.</summary>
public sealed record SearchListingsQuery : IQuery<BoardPage>
{
    public string? Q { get; init; }
    public string[]? Category { get; init; }
    public string[]? Certification { get; init; }
    public string[]? GrowingMethod { get; init; }
    public string? Grade { get; init; }
    public long? MinPrice { get; init; }
    public long? MaxPrice { get; init; }
    public DateOnly? HarvestedAfter { get; init; }
    public DateOnly? AvailableOn { get; init; }
    public string? Delivery { get; init; }
    public string? Near { get; init; }
    public double? RadiusMiles { get; init; }
    public Guid? GrowerId { get; init; }
    public string? Sort { get; init; }
    public int? Limit { get; init; }
    public string? Cursor { get; init; }
    public bool? Facets { get; init; }
}

public sealed record BoardPage(
    IReadOnlyList<ListingResponse> Items,
    string? NextCursor,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BoardFacets? Facets);

/// <summary>Counts over every listing that matches the filters (all pages), by value.</summary>
public sealed record BoardFacets(
    IReadOnlyDictionary<string, int> Category,
    IReadOnlyDictionary<string, int> Certification,
    IReadOnlyDictionary<string, int> GrowingMethod,
    IReadOnlyDictionary<string, int> Price);
