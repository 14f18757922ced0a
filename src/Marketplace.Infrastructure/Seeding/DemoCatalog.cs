using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;

namespace Marketplace.Infrastructure.Seeding;

/// <summary>About twenty realistic listings from Salinas Valley and Bay Area growing sites, one or more per category.</summary>
internal static class DemoCatalog
{
    /// <summary>Which of the three demo farms grows at a site: 0 Salinas Valley Greens, 1 Bay Area vertical farm, 2 coastside farm.</summary>
    private sealed record Site(string City, string PostalCode, double Latitude, double Longitude, int Farm);

    private static readonly Site Salinas = new("Salinas", "93901", 36.6777, -121.6555, 0);
    private static readonly Site Watsonville = new("Watsonville", "95076", 36.9102, -121.7569, 0);
    private static readonly Site Gilroy = new("Gilroy", "95020", 37.0058, -121.5683, 0);
    private static readonly Site HalfMoonBay = new("Half Moon Bay", "94019", 37.4636, -122.4286, 2);
    private static readonly Site SanJose = new("San Jose", "95112", 37.3541, -121.8863, 1);
    private static readonly Site Oakland = new("Oakland", "94607", 37.8044, -122.2712, 1);

    private sealed record Item(string Title, Category Category, string ProductType, string Variety, GrowingMethod Method,
        Unit Unit, long PriceCents, decimal Quantity, Site Site, string[] Certifications, string Description, int DaysSinceHarvest = 1);

    private static readonly Item[] Items =
    [
        new("Butterhead lettuce, 24 heads", Category.LeafyGreens, "lettuce", "Butterhead", GrowingMethod.Hydroponic, Unit.Case, 2450, 120, Salinas, ["usda-organic", "gap-certified"], "Living butterhead with roots attached, packed 24 per case. Harvested to order."),
        new("Baby romaine mix", Category.LeafyGreens, "lettuce", "Romaine", GrowingMethod.Vertical, Unit.Lb, 650, 300, Oakland, ["non-gmo"], "Tender baby romaine leaves from our vertical farm, triple-washed."),
        new("Lacinato kale bunches", Category.LeafyGreens, "kale", "Lacinato", GrowingMethod.Greenhouse, Unit.Bunch, 275, 400, Watsonville, ["usda-organic"], "Dark, tender dinosaur kale, 12 oz bunches."),
        new("Heirloom tomatoes, mixed", Category.Tomatoes, "tomato", "Cherokee Purple & Brandywine", GrowingMethod.Greenhouse, Unit.Lb, 475, 250, Gilroy, ["usda-organic"], "Vine-ripened heirlooms, mixed colours, 10 lb flats available."),
        new("Sungold cherry tomatoes", Category.Tomatoes, "cherry tomato", "Sungold", GrowingMethod.Hydroponic, Unit.Pint, 450, 600, Salinas, ["gap-certified"], "Sweet orange cherry tomatoes in compostable pints.", 2),
        new("Genovese basil", Category.Herbs, "basil", "Genovese", GrowingMethod.Hydroponic, Unit.Bunch, 325, 350, Salinas, ["usda-organic"], "Large-leaf sweet basil, 2 oz bunches, shipped cool (not cold)."),
        new("Italian parsley", Category.Herbs, "parsley", "Flat-leaf", GrowingMethod.Aeroponic, Unit.Bunch, 195, 280, SanJose, ["non-gmo"], "Aeroponically grown flat-leaf parsley, stems trimmed."),
        new("Cilantro", Category.Herbs, "cilantro", "Santo", GrowingMethod.Vertical, Unit.Bunch, 175, 500, Oakland, [], "Slow-bolt cilantro grown year-round indoors."),
        new("Ranunculus stems", Category.Floriculture, "ranunculus", "Amandine mix", GrowingMethod.Greenhouse, Unit.Stem, 225, 900, HalfMoonBay, [], "Long-stem ranunculus in blush, apricot and white, cut at the marshmallow stage."),
        new("Everbearing strawberries", Category.Berries, "strawberry", "Albion", GrowingMethod.Vertical, Unit.Flat, 3200, 60, Watsonville, ["usda-organic", "fair-trade"], "Eight 1 lb clamshells per flat, grown in vertical towers.", 0),
        new("Shishito peppers", Category.Peppers, "pepper", "Shishito", GrowingMethod.Greenhouse, Unit.Lb, 600, 180, Gilroy, ["usda-organic"], "Blistering-ready shishitos, about one in ten is hot."),
        new("Mini sweet peppers", Category.Peppers, "pepper", "Lunchbox mix", GrowingMethod.Hydroponic, Unit.Case, 2800, 45, Salinas, ["gap-certified"], "Red, orange and yellow snacking peppers, 10 lb case."),
        new("English cucumbers", Category.CucumbersSquash, "cucumber", "Long English", GrowingMethod.Hydroponic, Unit.Case, 2100, 90, Salinas, ["gap-certified"], "Individually sleeved seedless cucumbers, 12 per case."),
        new("Zucchini", Category.CucumbersSquash, "squash", "Dark Star", GrowingMethod.Soil, Unit.Lb, 225, 320, Gilroy, ["usda-organic"], "Small to medium zucchini picked daily."),
        new("Sunflower microgreens", Category.Microgreens, "sunflower", "Black oil", GrowingMethod.Indoor, Unit.Tray, 1800, 75, Oakland, ["non-gmo"], "Live 10x20 trays, cut on delivery for maximum shelf life.", 0),
        new("Pea shoots", Category.Microgreens, "pea shoots", "Speckled", GrowingMethod.Indoor, Unit.Oz, 95, 1500, SanJose, ["usda-organic"], "Crunchy, sweet pea tendrils sold by the ounce."),
        new("Spicy microgreen mix", Category.Microgreens, "microgreen mix", "Radish, mustard, arugula", GrowingMethod.Vertical, Unit.Oz, 110, 1200, Oakland, [], "A peppery blend for garnishes and salads."),
        new("Blue oyster mushrooms", Category.Mushrooms, "oyster mushroom", "Blue oyster", GrowingMethod.Indoor, Unit.Lb, 1200, 140, SanJose, ["usda-organic"], "Clusters grown on pasteurised straw; harvested the morning of delivery."),
        new("Lion's mane mushrooms", Category.Mushrooms, "lion's mane", "Lion's mane", GrowingMethod.Indoor, Unit.Lb, 1800, 60, HalfMoonBay, [], "Firm white lion's mane, a favourite for plant-based 'crab' cakes."),
        new("Rainbow carrots", Category.RootVegetables, "carrot", "Rainbow blend", GrowingMethod.Soil, Unit.Bunch, 350, 260, Watsonville, ["usda-organic"], "Purple, yellow and orange carrots with tops, 1.5 lb bunches.", 3),
        new("Hakurei turnips", Category.RootVegetables, "turnip", "Hakurei", GrowingMethod.Greenhouse, Unit.Bunch, 325, 150, HalfMoonBay, ["usda-organic"], "Sweet salad turnips with edible greens."),
        new("Edible flower mix", Category.Specialty, "edible flowers", "Viola, borage, nasturtium", GrowingMethod.Greenhouse, Unit.Each, 1400, 80, HalfMoonBay, ["usda-organic"], "Clamshells of 50 blooms for pastry and cocktails."),
    ];

    /// <summary>Every demo listing with the index of the farm that sells it (see <see cref="Site"/>).</summary>
    public static IEnumerable<(ListingDetails Details, decimal Quantity, int Farm)> Listings(DateOnly today, string currency) => Items.Select(item => (new ListingDetails(
        item.Title, item.Category, item.ProductType, item.Variety, item.Description, item.Method, item.Certifications,
        Grade.A, item.Unit, DemoPrices.Convert(item.PriceCents, currency),
        item.Unit is Unit.Case or Unit.Flat ? [new BulkDiscount(10, 5), new BulkDiscount(25, 10)] : [new BulkDiscount(50, 5)],
        MinimumOrderQuantity: item.Unit is Unit.Oz ? 8 : 1,
        LowStockThreshold: Math.Max(5, Math.Round(item.Quantity / 10)),
        HarvestDate: today.AddDays(-item.DaysSinceHarvest),
        AvailableFrom: today,
        AvailableUntil: today.AddDays(21),
        ShelfLifeDays: item.Category is Category.Microgreens or Category.Berries ? 7 : 14,
        new DeliveryOptions(Pickup: true, Delivery: true, RadiusMiles: 60, Fee: DemoPrices.Convert(1500, currency)),
        new GeoLocation(item.Site.City, "CA", item.Site.PostalCode, item.Site.Latitude, item.Site.Longitude),
        ColdChainRequired: item.Category is not (Category.Floriculture or Category.Herbs),
        new Sustainability(RenewableEnergy: item.Method is not GrowingMethod.Soil, PesticideFree: true,
            WaterUsageGalPerUnit: item.Method is GrowingMethod.Soil ? 4.5m : 0.9m, CarbonKgPerUnit: 0.3m)), item.Quantity, item.Site.Farm));
}
