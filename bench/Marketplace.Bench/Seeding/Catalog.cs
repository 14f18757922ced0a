using System.Globalization;

namespace Marketplace.Bench.Seeding;

/// <summary>One row of marketplace_listings, in storage form (enum codes, JSON text for the JSON columns).</summary>
internal sealed record ListingRow(
    Guid Id, Guid GrowerId, string FarmName, string Title, string Category, string ProductType, string? Variety,
    string? Description, string GrowingMethod, string[] Certifications, string Grade, string Unit, long UnitPriceAmount,
    string BulkDiscountsJson, decimal MinimumOrderQuantity, decimal LowStockThreshold, DateOnly HarvestDate,
    DateOnly? AvailableFrom, DateOnly? AvailableUntil, int? ShelfLifeDays, bool OffersPickup, bool OffersDelivery,
    decimal? DeliveryRadiusMiles, long? DeliveryFeeAmount, string City, string State, string PostalCode,
    double Latitude, double Longitude, bool ColdChainRequired, string? SustainabilityJson, decimal OnHand,
    double GrowerRating, string SearchText, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public const string Currency = "USD";
    public const string Status = "active";
}

/// <summary>A deterministic synthetic catalogue: same seed, same rows.</summary>
internal static class Catalog
{
    public static IEnumerable<ListingRow> Generate(int count, DateTimeOffset now, int seed = 42)
    {
        var random = new Random(seed);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var idBytes = new byte[16];
        for (var i = 0; i < count; i++)
        {
            var product = CatalogData.Products[random.Next(CatalogData.Products.Length)];
            var grower = CatalogData.Growers[random.Next(CatalogData.Growers.Length)];
            var variety = product.Varieties[random.Next(product.Varieties.Length)];
            var method = random.NextDouble() < 0.6 ? grower.Methods[random.Next(grower.Methods.Length)]
                : CatalogData.Methods[random.Next(CatalogData.Methods.Length)];
            var adjective = CatalogData.Adjectives[random.Next(CatalogData.Adjectives.Length)];
            var title = variety == product.ProductType || variety.Contains(product.ProductType, StringComparison.OrdinalIgnoreCase)
                ? $"{adjective} {variety}" : $"{adjective} {variety} {product.ProductType}";
            var description = $"{Capitalise(method)}-grown {variety} {product.ProductType} from {grower.FarmName}. "
                + CatalogData.DescriptionTails[random.Next(CatalogData.DescriptionTails.Length)];
            var site = grower.Site;
            var created = now.AddMinutes(-random.Next(0, 90 * 24 * 60));
            var harvest = today.AddDays(-random.Next(0, 10));
            var onHand = random.Next(10, 1000);
            var isBulk = product.Unit is "case" or "flat";

            random.NextBytes(idBytes);
            idBytes[7] = (byte)((idBytes[7] & 0x0F) | 0x40); // a version-4 shaped GUID
            yield return new ListingRow(
                Id: new Guid(idBytes),
                GrowerId: grower.Id,
                FarmName: grower.FarmName,
                Title: title,
                Category: product.Category,
                ProductType: product.ProductType,
                Variety: variety,
                Description: description,
                GrowingMethod: method,
                Certifications: PickCertifications(random),
                Grade: random.NextDouble() switch { < 0.7 => "a", < 0.95 => "b", _ => "c" },
                Unit: product.Unit,
                UnitPriceAmount: (long)Math.Round(product.PriceCents * (0.6 + random.NextDouble()) / 5) * 5,
                BulkDiscountsJson: isBulk ? """[{"minQuantity":10,"percentOff":5},{"minQuantity":25,"percentOff":10}]"""
                    : """[{"minQuantity":50,"percentOff":5}]""",
                MinimumOrderQuantity: product.Unit == "oz" ? 8 : 1,
                LowStockThreshold: Math.Max(5, onHand / 10),
                HarvestDate: harvest,
                AvailableFrom: harvest.AddDays(1),
                AvailableUntil: harvest.AddDays(21),
                ShelfLifeDays: product.Category is "microgreens" or "berries" ? 7 : 14,
                OffersPickup: true,
                OffersDelivery: random.NextDouble() < 0.8,
                DeliveryRadiusMiles: 60,
                DeliveryFeeAmount: 1500,
                City: site.City,
                State: "CA",
                PostalCode: site.PostalCode,
                Latitude: Math.Round(site.Latitude + (random.NextDouble() - 0.5) * 0.06, 5),
                Longitude: Math.Round(site.Longitude + (random.NextDouble() - 0.5) * 0.06, 5),
                ColdChainRequired: product.Category is not ("floriculture" or "herbs"),
                SustainabilityJson: string.Create(CultureInfo.InvariantCulture,
                    $$"""{"renewableEnergy":{{(method != "soil" ? "true" : "false")}},"pesticideFree":true,"waterUsageGalPerUnit":{{(method == "soil" ? 4.5 : 0.9)}},"carbonKgPerUnit":0.3}"""),
                OnHand: onHand,
                GrowerRating: Math.Round(3.5 + random.NextDouble() * 1.5, 2),
                SearchText: SearchText(title, product.ProductType, variety, description, grower.FarmName, site.City),
                CreatedAt: created,
                UpdatedAt: created);
        }
    }

    /// <summary>The same rule as Listing.RefreshSearchText: the non-blank parts, space-joined, lower-cased.</summary>
    private static string SearchText(params string?[] parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))).ToLowerInvariant();

    private static string[] PickCertifications(Random random) =>
        CatalogData.Certifications.Where(c => random.NextDouble() < c.Share).Select(c => c.Code).ToArray();

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
