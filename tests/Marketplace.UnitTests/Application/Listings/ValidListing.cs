using Marketplace.Application.Listings;
using Marketplace.Application.Listings.CreateListing;
using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;

namespace Marketplace.UnitTests.Application.Listings;

/// <summary>A listing body that passes every rule (the contract's example); tests change one thing in it.</summary>
internal static class ValidListing
{
    public static readonly CreateListingValidator Validator = new();

    public static CreateListingBody Body() => new()
    {
        Title = "Butterhead lettuce",
        Category = Category.LeafyGreens,
        ProductType = "lettuce",
        Variety = "Butterhead",
        Description = "Crisp heads, cut this morning.",
        GrowingMethod = GrowingMethod.Hydroponic,
        Certifications = ["usda-organic"],
        Grade = Grade.A,
        Unit = Unit.Case,
        UnitPrice = new Money(2450, "USD"),
        BulkDiscounts = [new BulkDiscount(10, 5)],
        QuantityAvailable = 120,
        MinimumOrderQuantity = 2,
        LowStockThreshold = 10,
        HarvestDate = new DateOnly(2026, 11, 20),
        AvailableFrom = new DateOnly(2026, 11, 21),
        AvailableUntil = new DateOnly(2026, 12, 5),
        ShelfLifeDays = 14,
        Delivery = new DeliveryOptions(true, true, 50, new Money(1500, "USD")),
        Location = new LocationDto("Salinas", "CA", "93901", 36.67, -121.65),
        ColdChainRequired = true,
        Sustainability = new Sustainability(true, true, 1.2m, 0.4m),
    };

    public static CreateListingCommand Command(Func<CreateListingBody, CreateListingBody> change) => new(change(Body()));

    public static string Text(int length) => new('x', length);
}
