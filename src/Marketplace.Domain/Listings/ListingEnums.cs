using System.Text.Json.Serialization;

namespace Marketplace.Domain.Listings;

public enum Category
{
    [JsonStringEnumMemberName("leafy-greens")] LeafyGreens,
    Tomatoes,
    Herbs,
    Floriculture,
    Berries,
    Peppers,
    [JsonStringEnumMemberName("cucumbers-squash")] CucumbersSquash,
    Microgreens,
    Mushrooms,
    [JsonStringEnumMemberName("root-vegetables")] RootVegetables,
    Specialty,
}

public enum GrowingMethod { Hydroponic, Aeroponic, Aquaponic, Soil, Vertical, Greenhouse, Indoor }

public enum Grade { A, B, C }

public enum Unit { Lb, Oz, Kg, Head, Bunch, Case, Flat, Tray, Pint, Stem, Pot, Bushel, Each }

public enum ListingStatus { Draft, Active, Paused, SoldOut, Archived }

public enum StockMovementKind { Received, Reserved, Released, Sold, Adjusted }
