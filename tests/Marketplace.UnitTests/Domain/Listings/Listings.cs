using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;

namespace Marketplace.UnitTests.Domain.Listings;

/// <summary>Builds listings in each state so that a test states only what it is about.</summary>
internal static class Listings
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);
    public static readonly Guid Grower = Guid.CreateVersion7();
    public static readonly Guid Order = Guid.CreateVersion7();

    public static ListingDetails Details(decimal lowStockThreshold = 10) => new(
        Title: "Butterhead lettuce",
        Category: Category.LeafyGreens,
        ProductType: "lettuce",
        Variety: "Butterhead",
        Description: "Crisp heads, cut this morning.",
        GrowingMethod: GrowingMethod.Hydroponic,
        Certifications: ["usda-organic"],
        Grade: Grade.A,
        Unit: Unit.Case,
        UnitPrice: new Money(2450, "USD"),
        BulkDiscounts: [new BulkDiscount(10, 5)],
        MinimumOrderQuantity: 2,
        LowStockThreshold: lowStockThreshold,
        HarvestDate: new DateOnly(2026, 11, 20),
        AvailableFrom: new DateOnly(2026, 11, 21),
        AvailableUntil: new DateOnly(2026, 12, 5),
        ShelfLifeDays: 14,
        Delivery: new DeliveryOptions(true, true, 50, new Money(1500, "USD")),
        Location: new GeoLocation("Salinas", "CA", "93901", 36.67, -121.65),
        ColdChainRequired: true,
        Sustainability: new Sustainability(true, true, 1.2m, 0.4m));

    public static Listing Draft(decimal stock = 100, decimal lowStockThreshold = 10) =>
        Listing.Create(Grower, "Green Acres", Details(lowStockThreshold), stock, Now);

    public static Listing Active(decimal stock = 100, decimal lowStockThreshold = 10)
    {
        var listing = Draft(stock, lowStockThreshold);
        listing.Publish(Now);
        return listing;
    }

    public static Listing InStatus(ListingStatus status)
    {
        switch (status)
        {
            case ListingStatus.Draft: return Draft();
            case ListingStatus.Active: return Active();
            case ListingStatus.SoldOut:
                var soldOut = Draft(stock: 0);
                soldOut.Publish(Now);
                return soldOut;
            case ListingStatus.Paused:
                var paused = Active();
                paused.Pause(Now);
                return paused;
            case ListingStatus.Archived:
                var archived = Draft();
                archived.Archive(Now);
                return archived;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
    }
}
