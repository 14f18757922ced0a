using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Domain.Listings;
using Unit = Marketplace.Domain.Listings.Unit;

namespace Marketplace.Application.Listings;

/// <summary>
/// The fields that create and full update share. Value-typed fields are nullable so that a missing
/// field is reported by the validator by name instead of silently becoming zero.
/// </summary>
public abstract record ListingFields
{
    /// <summary>What buyers see first on the board, e.g. "Butterhead lettuce" (1–120 characters).</summary>
    public string? Title { get; init; }
    /// <summary>The board category it is filed under.</summary>
    public Category? Category { get; init; }
    /// <summary>The kind of produce, e.g. `lettuce`.</summary>
    public string? ProductType { get; init; }
    /// <summary>The variety, e.g. "Butterhead".</summary>
    public string? Variety { get; init; }
    /// <summary>Details for buyers: pack, taste, handling.</summary>
    public string? Description { get; init; }
    /// <summary>How it was grown.</summary>
    public GrowingMethod? GrowingMethod { get; init; }
    /// <summary>Certification codes, lower-case, e.g. `usda-organic`.</summary>
    public IReadOnlyList<string>? Certifications { get; init; }
    /// <summary>Quality grade.</summary>
    public Grade? Grade { get; init; }
    /// <summary>The unit it is sold and counted in.</summary>
    public Unit? Unit { get; init; }
    /// <summary>Price per unit.</summary>
    public Money? UnitPrice { get; init; }
    /// <summary>Discounts for larger quantities, by minimum quantity.</summary>
    public IReadOnlyList<BulkDiscount>? BulkDiscounts { get; init; }
    /// <summary>The fewest units one order may take.</summary>
    public decimal? MinimumOrderQuantity { get; init; }
    /// <summary>The grower is warned when available stock falls to this.</summary>
    public decimal? LowStockThreshold { get; init; }
    /// <summary>When it was (or will be) harvested.</summary>
    public DateOnly? HarvestDate { get; init; }
    /// <summary>First day it can be delivered or picked up.</summary>
    public DateOnly? AvailableFrom { get; init; }
    /// <summary>Last day it can be delivered or picked up.</summary>
    public DateOnly? AvailableUntil { get; init; }
    /// <summary>Days it keeps after harvest.</summary>
    public int? ShelfLifeDays { get; init; }
    /// <summary>Pickup, delivery, radius and fee.</summary>
    public DeliveryOptions? Delivery { get; init; }
    /// <summary>Where the produce is picked up or shipped from.</summary>
    public LocationDto? Location { get; init; }
    /// <summary>Must stay refrigerated from farm to buyer.</summary>
    public bool? ColdChainRequired { get; init; }
    /// <summary>The grower's footprint figures, if stated.</summary>
    public Sustainability? Sustainability { get; init; }
}

/// <summary>The body of <c>POST /listings</c>: the fields and the opening stock.</summary>
public sealed record CreateListingBody : ListingFields
{
    /// <summary>Opening stock in the listing's unit: recorded as a `received` line in the stock ledger.</summary>
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
    /// <summary>Any field this body does not have; each is refused by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; init; }
}

/// <summary>Where produce is picked up or shipped from.</summary>
/// <param name="City">City.</param>
/// <param name="State">State or region code, e.g. `CA`.</param>
/// <param name="PostalCode">Postal or ZIP code.</param>
/// <param name="Latitude">Latitude in degrees; the board's distance search uses it.</param>
/// <param name="Longitude">Longitude in degrees.</param>
public sealed record LocationDto(string? City, string? State, string? PostalCode, double? Latitude, double? Longitude);

/// <summary>A listing's stock, in its unit.</summary>
/// <param name="OnHand">Units the grower holds.</param>
/// <param name="Reserved">Units held for orders not yet confirmed.</param>
/// <param name="Available">Units buyers can still order: on hand less reserved.</param>
public sealed record StockLevels(decimal OnHand, decimal Reserved, decimal Available);

/// <summary>A photo of a listing.</summary>
/// <param name="Id">The image id.</param>
/// <param name="Url">Where to load the image from.</param>
public sealed record ListingImageResponse(Guid Id, string Url);

/// <summary>A listing as clients see it. Built by projection straight from the database.</summary>
public sealed record ListingResponse
{
    /// <summary>The listing id.</summary>
    public Guid Id { get; init; }
    /// <summary>The grower's marketplace user id.</summary>
    public Guid GrowerId { get; init; }
    /// <summary>The farm's name.</summary>
    public string FarmName { get; init; } = "";
    /// <summary>What buyers see first on the board, e.g. "Butterhead lettuce".</summary>
    public string Title { get; init; } = "";
    /// <summary>The board category it is filed under.</summary>
    public Category Category { get; init; }
    /// <summary>The kind of produce, e.g. `lettuce`.</summary>
    public string ProductType { get; init; } = "";
    /// <summary>The variety, e.g. "Butterhead".</summary>
    public string? Variety { get; init; }
    /// <summary>Details for buyers: pack, taste, handling.</summary>
    public string? Description { get; init; }
    /// <summary>How it was grown.</summary>
    public GrowingMethod GrowingMethod { get; init; }
    /// <summary>Certification codes, lower-case, e.g. `usda-organic`.</summary>
    public List<string> Certifications { get; init; } = [];
    /// <summary>Quality grade.</summary>
    public Grade Grade { get; init; }
    /// <summary>The unit it is sold and counted in.</summary>
    public Unit Unit { get; init; }
    /// <summary>Price per unit.</summary>
    public Money UnitPrice { get; init; } = null!;
    /// <summary>Discounts for larger quantities, by minimum quantity.</summary>
    public List<BulkDiscount> BulkDiscounts { get; init; } = [];
    /// <summary>The fewest units one order may take.</summary>
    public decimal MinimumOrderQuantity { get; init; }
    /// <summary>The grower is warned when available stock falls to this.</summary>
    public decimal LowStockThreshold { get; init; }
    /// <summary>When it was (or will be) harvested.</summary>
    public DateOnly HarvestDate { get; init; }
    /// <summary>First day it can be delivered or picked up.</summary>
    public DateOnly? AvailableFrom { get; init; }
    /// <summary>Last day it can be delivered or picked up.</summary>
    public DateOnly? AvailableUntil { get; init; }
    /// <summary>Days it keeps after harvest.</summary>
    public int? ShelfLifeDays { get; init; }
    /// <summary>Pickup, delivery, radius and fee.</summary>
    public DeliveryOptions Delivery { get; init; } = null!;
    /// <summary>Where the produce is picked up or shipped from.</summary>
    public LocationDto Location { get; init; } = null!;
    /// <summary>Must stay refrigerated from farm to buyer.</summary>
    public bool ColdChainRequired { get; init; }
    /// <summary>The grower's footprint figures, if stated.</summary>
    public Sustainability? Sustainability { get; init; }
    /// <summary>Where the listing is in its life; only `active` listings can be ordered.</summary>
    public ListingStatus Status { get; init; }
    /// <summary>On hand, reserved and available units.</summary>
    public StockLevels Stock { get; init; } = null!;
    /// <summary>Photos, in the order they were added.</summary>
    public List<ListingImageResponse> Images { get; init; } = [];
    /// <summary>The grower's average review rating, 1–5 (0 before the first review).</summary>
    public double GrowerRating { get; init; }
    /// <summary>When the listing was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When the listing last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Great-circle miles from the board's <c>near</c> point; only on board results that asked for it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DistanceMiles { get; init; }

    /// <summary>The concurrency version; sent as the <c>ETag</c> header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }
}
