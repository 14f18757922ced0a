using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings;

/// <summary>
/// The fields that create and full update share. Value-typed fields are nullable so that a missing
/// field is reported by the validator by name instead of silently becoming zero.
/// </summary>
public abstract record ListingFields
{
    public string? Title { get; init; }
    public Category? Category { get; init; }
    public string? ProductType { get; init; }
    public string? Variety { get; init; }
    public string? Description { get; init; }
    public GrowingMethod? GrowingMethod { get; init; }
    public IReadOnlyList<string>? Certifications { get; init; }
    public Grade? Grade { get; init; }
    public Unit? Unit { get; init; }
    public Money? UnitPrice { get; init; }
    public IReadOnlyList<BulkDiscount>? BulkDiscounts { get; init; }
    public decimal? MinimumOrderQuantity { get; init; }
    public decimal? LowStockThreshold { get; init; }
    public DateOnly? HarvestDate { get; init; }
    public DateOnly? AvailableFrom { get; init; }
    public DateOnly? AvailableUntil { get; init; }
    public int? ShelfLifeDays { get; init; }
    public DeliveryOptions? Delivery { get; init; }
    public LocationDto? Location { get; init; }
    public bool? ColdChainRequired { get; init; }
    public Sustainability? Sustainability { get; init; }
}

/// <summary>The body of <c>POST /listings</c>: the fields and the opening stock.</summary>
public sealed record CreateListingBody : ListingFields
{
    public decimal? QuantityAvailable { get; init; }
}

/// <summary>
/// The body of <c>PUT /listings/{id}</c>: the fields without any stock. Stock moves only through the
/// ledger, so an edit saved from a form loaded before buyers reserved units can never bring them back.
/// Fields this body does not have are collected in <see cref="UnknownFields"/> and refused by the
/// validator by name, instead of being dropped without a word.
/// </summary>
public sealed record UpdateListingBody : ListingFields
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; init; }
}

public sealed record LocationDto(string? City, string? State, string? PostalCode, double? Latitude, double? Longitude);

public sealed record StockLevels(decimal OnHand, decimal Reserved, decimal Available);

public sealed record ListingImageResponse(Guid Id, string Url);

/// <summary>A listing as clients see it. Built by projection straight from the database.</summary>
public sealed record ListingResponse
{
    public Guid Id { get; init; }
    public Guid GrowerId { get; init; }
    public string FarmName { get; init; } = "";
    public string Title { get; init; } = "";
    public Category Category { get; init; }
    public string ProductType { get; init; } = "";
    public string? Variety { get; init; }
    public string? Description { get; init; }
    public GrowingMethod GrowingMethod { get; init; }
    public List<string> Certifications { get; init; } = [];
    public Grade Grade { get; init; }
    public Unit Unit { get; init; }
    public Money UnitPrice { get; init; } = null!;
    public List<BulkDiscount> BulkDiscounts { get; init; } = [];
    public decimal MinimumOrderQuantity { get; init; }
    public decimal LowStockThreshold { get; init; }
    public DateOnly HarvestDate { get; init; }
    public DateOnly? AvailableFrom { get; init; }
    public DateOnly? AvailableUntil { get; init; }
    public int? ShelfLifeDays { get; init; }
    public DeliveryOptions Delivery { get; init; } = null!;
    public LocationDto Location { get; init; } = null!;
    public bool ColdChainRequired { get; init; }
    public Sustainability? Sustainability { get; init; }
    public ListingStatus Status { get; init; }
    public StockLevels Stock { get; init; } = null!;
    public List<ListingImageResponse> Images { get; init; } = [];
    public double GrowerRating { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Great-circle miles from the board's <c>near</c> point; only on board results that asked for it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DistanceMiles { get; init; }

    /// <summary>The concurrency version; sent as the <c>ETag</c> header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }
}
