using Marketplace.Domain.Common;

namespace Marketplace.Domain.Listings;

/// <summary>Buying at least <see cref="MinQuantity"/> units takes <see cref="PercentOff"/> off the line.</summary>
public sealed record BulkDiscount(decimal MinQuantity, decimal PercentOff);

public sealed record DeliveryOptions(bool Pickup, bool Delivery, decimal? RadiusMiles, Money? Fee);

public sealed record GeoLocation(string City, string State, string PostalCode, double Latitude, double Longitude);

public sealed record Sustainability(bool RenewableEnergy, bool PesticideFree, decimal? WaterUsageGalPerUnit, decimal? CarbonKgPerUnit);

/// <summary>Everything a grower describes about a listing; stock and status are managed separately.</summary>
public sealed record ListingDetails(
    string Title,
    Category Category,
    string ProductType,
    string? Variety,
    string? Description,
    GrowingMethod GrowingMethod,
    IReadOnlyList<string> Certifications,
    Grade Grade,
    Unit Unit,
    Money UnitPrice,
    IReadOnlyList<BulkDiscount> BulkDiscounts,
    decimal MinimumOrderQuantity,
    decimal LowStockThreshold,
    DateOnly HarvestDate,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil,
    int? ShelfLifeDays,
    DeliveryOptions Delivery,
    GeoLocation Location,
    bool ColdChainRequired,
    Sustainability? Sustainability);
