using Marketplace.Domain.Common;

namespace Marketplace.Domain.Listings;

/// <summary>The produce category a listing is filed under on the board.</summary>
public enum Category
{
    [Code("leafy-greens")] LeafyGreens,
    Tomatoes,
    Herbs,
    Floriculture,
    Berries,
    Peppers,
    [Code("cucumbers-squash")] CucumbersSquash,
    Microgreens,
    Mushrooms,
    [Code("root-vegetables")] RootVegetables,
    Specialty,
}

/// <summary>How the produce was grown.</summary>
public enum GrowingMethod { Hydroponic, Aeroponic, Aquaponic, Soil, Vertical, Greenhouse, Indoor }

/// <summary>Quality grade: `a` is premium, `b` standard, `c` for processing or seconds.</summary>
public enum Grade { A, B, C }

/// <summary>The unit the produce is sold and counted in.</summary>
public enum Unit { Lb, Oz, Kg, Head, Bunch, Case, Flat, Tray, Pint, Stem, Pot, Bushel, Each }

/// <summary>Where a listing is in its life: `draft` (not yet on the board), `active`, `paused`, `sold_out` (nothing available), `archived`.</summary>
public enum ListingStatus { Draft, Active, Paused, SoldOut, Archived }

/// <summary>Why a ledger line moved stock: produce `received`, `reserved` or `released` for an order, `sold` on confirmation, or `adjusted` by a count.</summary>
public enum StockMovementKind { Received, Reserved, Released, Sold, Adjusted }
