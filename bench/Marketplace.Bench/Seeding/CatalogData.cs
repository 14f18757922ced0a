namespace Marketplace.Bench.Seeding;

internal sealed record Product(string Category, string ProductType, string[] Varieties, string Unit, long PriceCents);

internal sealed record Site(string City, string PostalCode, double Latitude, double Longitude);

internal sealed record Grower(Guid Id, string Subject, string FarmName, string Description, Site Site, string[] Methods, string[] Certifications);

/// <summary>The vocabulary the synthetic catalogue is drawn from: all 11 categories, Salinas Valley and Bay Area sites.</summary>
internal static class CatalogData
{
    public static readonly Product[] Products =
    [
        new("leafy-greens", "lettuce", ["Butterhead", "Romaine", "Oakleaf", "Little Gem"], "case", 2450),
        new("leafy-greens", "kale", ["Lacinato", "Curly", "Red Russian"], "bunch", 275),
        new("leafy-greens", "spinach", ["Bloomsdale", "Baby"], "lb", 550),
        new("leafy-greens", "arugula", ["Astro", "Wild"], "lb", 700),
        new("tomatoes", "tomato", ["Heirloom", "Beefsteak", "Roma"], "lb", 475),
        new("tomatoes", "cherry tomato", ["Sungold", "Sweet 100", "Black Cherry"], "pint", 450),
        new("herbs", "basil", ["Genovese", "Thai", "Purple"], "bunch", 325),
        new("herbs", "parsley", ["Flat-leaf", "Curly"], "bunch", 195),
        new("herbs", "cilantro", ["Santo", "Calypso"], "bunch", 175),
        new("herbs", "mint", ["Spearmint", "Peppermint"], "bunch", 225),
        new("floriculture", "ranunculus", ["Amandine mix", "Cloni"], "stem", 225),
        new("floriculture", "tulip", ["Darwin hybrid", "Parrot"], "stem", 150),
        new("floriculture", "lisianthus", ["Rosanne", "Echo"], "stem", 275),
        new("berries", "strawberry", ["Albion", "Monterey", "Seascape"], "flat", 3200),
        new("berries", "blueberry", ["Emerald", "Jewel"], "pint", 650),
        new("berries", "raspberry", ["Heritage", "Caroline"], "pint", 700),
        new("peppers", "pepper", ["Shishito", "Padron", "Lunchbox mix", "Bell"], "lb", 600),
        new("peppers", "chili", ["Jalapeno", "Serrano", "Habanero"], "lb", 450),
        new("cucumbers-squash", "cucumber", ["Long English", "Persian", "Lemon"], "case", 2100),
        new("cucumbers-squash", "squash", ["Zucchini", "Pattypan", "Delicata"], "lb", 225),
        new("microgreens", "sunflower", ["Black oil"], "tray", 1800),
        new("microgreens", "pea shoots", ["Speckled", "Dwarf grey"], "oz", 95),
        new("microgreens", "microgreen mix", ["Spicy", "Mild", "Rainbow"], "oz", 110),
        new("mushrooms", "oyster mushroom", ["Blue oyster", "Pink oyster", "Golden oyster"], "lb", 1200),
        new("mushrooms", "lion's mane", ["Lion's mane"], "lb", 1800),
        new("mushrooms", "shiitake", ["Shiitake", "Donko"], "lb", 1500),
        new("root-vegetables", "carrot", ["Rainbow blend", "Nantes"], "bunch", 350),
        new("root-vegetables", "turnip", ["Hakurei", "Scarlet"], "bunch", 325),
        new("root-vegetables", "beet", ["Chioggia", "Golden"], "bunch", 375),
        new("specialty", "edible flowers", ["Viola", "Nasturtium", "Borage"], "each", 1400),
        new("specialty", "wasabi", ["Daruma"], "each", 2500),
        new("specialty", "lemongrass", ["East Indian"], "bunch", 300),
    ];

    public static readonly Site[] Sites =
    [
        new("Salinas", "93901", 36.6777, -121.6555),
        new("Watsonville", "95076", 36.9102, -121.7569),
        new("Gilroy", "95020", 37.0058, -121.5683),
        new("Half Moon Bay", "94019", 37.4636, -122.4286),
        new("San Jose", "95112", 37.3541, -121.8863),
        new("Oakland", "94607", 37.8044, -122.2712),
    ];

    public static readonly Grower[] Growers =
    [
        new(G(1), "bench-grower-1", "Salinas Valley Greens", "Hydroponic greenhouses across the Salinas Valley.", Sites[0], ["hydroponic", "greenhouse"], ["usda-organic", "gap-certified"]),
        new(G(2), "bench-grower-2", "Monterey Bay Vertical", "Vertical towers near the bay.", Sites[1], ["vertical", "indoor"], ["usda-organic"]),
        new(G(3), "bench-grower-3", "Gilroy Glasshouse", "Glasshouse peppers, tomatoes and cucumbers.", Sites[2], ["greenhouse", "soil"], ["gap-certified"]),
        new(G(4), "bench-grower-4", "Coastside Blooms", "Flowers and roots on the coast.", Sites[3], ["greenhouse", "soil"], ["non-gmo"]),
        new(G(5), "bench-grower-5", "South Bay Aeroponics", "Aeroponic herbs and mushrooms.", Sites[4], ["aeroponic", "indoor"], ["usda-organic", "non-gmo"]),
        new(G(6), "bench-grower-6", "East Bay Indoor Farms", "Microgreens and greens grown indoors in Oakland.", Sites[5], ["vertical", "aquaponic"], ["primus-gfs"]),
    ];

    /// <summary>Certification codes with the share of listings that carry each.</summary>
    public static readonly (string Code, double Share)[] Certifications =
    [
        ("usda-organic", 0.45), ("gap-certified", 0.30), ("non-gmo", 0.25), ("primus-gfs", 0.10), ("fair-trade", 0.05),
    ];

    public static readonly string[] Methods = ["hydroponic", "aeroponic", "aquaponic", "soil", "vertical", "greenhouse", "indoor"];

    public static readonly string[] Adjectives = ["Fresh", "Premium", "Local", "Organic", "Baby", "Restaurant-grade", "Farm"];

    public static readonly string[] DescriptionTails =
    [
        "Harvested to order and packed cold.",
        "Grown without pesticides; delivered within a day of harvest.",
        "A favourite of Bay Area restaurants.",
        "Consistent size and quality all year round.",
        "Sold by the case to grocers and distributors.",
        "Fresh every morning from our climate-controlled rooms.",
    ];

    private static Guid G(int n) => new($"b0000000-0000-4000-8000-{n:D12}");
}
