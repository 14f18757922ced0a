using System.Text.Json;

namespace Marketplace.Bench.Baseline;

// The board's response shape (API.md, "Listings"), rebuilt by hand for the raw-SQL baseline.

internal sealed record MoneyDto(long Amount, string Currency);

internal sealed record StockDto(decimal OnHand, decimal Reserved, decimal Available);

internal sealed record DeliveryDto(bool Pickup, bool Delivery, decimal? RadiusMiles, MoneyDto? Fee);

internal sealed record LocationDto(string City, string State, string PostalCode, double Latitude, double Longitude);

internal sealed record ImageDto(Guid Id, string Url);

internal sealed record BoardItem(
    Guid Id, Guid GrowerId, string FarmName, string Title, string Category, string ProductType, string? Variety,
    string? Description, string GrowingMethod, string[] Certifications, string Grade, string Unit, MoneyDto UnitPrice,
    JsonElement BulkDiscounts, decimal MinimumOrderQuantity, decimal LowStockThreshold, DateOnly HarvestDate,
    DateOnly? AvailableFrom, DateOnly? AvailableUntil, int? ShelfLifeDays, DeliveryDto Delivery, LocationDto Location,
    bool ColdChainRequired, JsonElement? Sustainability, string Status, StockDto Stock, ImageDto[] Images,
    double GrowerRating, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record BoardPage(IReadOnlyList<BoardItem> Items, string? NextCursor);
