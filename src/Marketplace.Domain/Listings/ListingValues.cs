using Marketplace.Domain.Common;

namespace Marketplace.Domain.Listings;

/// <summary>Buying at least <see cref="MinQuantity"/> units takes <see cref="PercentOff"/> off the line.</summary>
/// <param name="MinQuantity">The line quantity from which the discount applies.</param>
/// <param name="PercentOff">Percent taken off the line total, e.g. 5.</param>
public sealed record BulkDiscount(decimal MinQuantity, decimal PercentOff);

/// <summary>How a listing's produce can reach buyers.</summary>
/// <param name="Pickup">Buyers may pick up at the farm.</param>
/// <param name="Delivery">The grower delivers.</param>
/// <param name="RadiusMiles">How far the grower delivers, in miles from the listing's location; no limit when absent.</param>
/// <param name="Fee">The delivery fee per order; free when absent.</param>
public sealed record DeliveryOptions(bool Pickup, bool Delivery, decimal? RadiusMiles, Money? Fee);

public sealed record GeoLocation(string City, string State, string PostalCode, double Latitude, double Longitude);

/// <summary>What the grower states about the produce's footprint.</summary>
/// <param name="RenewableEnergy">Grown on renewable energy.</param>
/// <param name="PesticideFree">Grown without pesticides.</param>
/// <param name="WaterUsageGalPerUnit">Water used per unit sold, in US gallons.</param>
/// <param name="CarbonKgPerUnit">Carbon emitted per unit sold, in kg CO2e.</param>
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
