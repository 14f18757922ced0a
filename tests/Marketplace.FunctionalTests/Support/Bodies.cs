using System.Text.Json.Nodes;

namespace Marketplace.FunctionalTests.Support;

/// <summary>Valid request bodies, as a client would send them, for tests to vary one field at a time.</summary>
public static class Bodies
{
    /// <summary>A date relative to today (UTC), as the contract writes dates.</summary>
    public static string Day(int offset) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The body of <c>PUT /listings/{id}</c>: the listing body without <c>quantityAvailable</c>.</summary>
    public static JsonObject ListingUpdate(string title = "Butterhead lettuce")
    {
        var body = Listing(title);
        body.Remove("quantityAvailable");
        return body;
    }

    public static JsonObject Listing(string title = "Butterhead lettuce") => new()
    {
        ["title"] = title,
        ["category"] = "leafy-greens",
        ["productType"] = "lettuce",
        ["variety"] = "Butterhead",
        ["description"] = "Living butterhead, 24 heads per case.",
        ["growingMethod"] = "hydroponic",
        ["certifications"] = new JsonArray("usda-organic"),
        ["grade"] = "a",
        ["unit"] = "case",
        ["unitPrice"] = new JsonObject { ["amount"] = 2450, ["currency"] = "USD" },
        ["bulkDiscounts"] = new JsonArray(new JsonObject { ["minQuantity"] = 10, ["percentOff"] = 5 }),
        ["quantityAvailable"] = 120,
        ["minimumOrderQuantity"] = 2,
        ["lowStockThreshold"] = 10,
        ["harvestDate"] = Day(-2),
        ["availableFrom"] = Day(-1),
        ["availableUntil"] = Day(14),
        ["shelfLifeDays"] = 14,
        ["delivery"] = new JsonObject
        {
            ["pickup"] = true, ["delivery"] = true, ["radiusMiles"] = 50,
            ["fee"] = new JsonObject { ["amount"] = 1500, ["currency"] = "USD" },
        },
        ["location"] = new JsonObject
        {
            ["city"] = "Salinas", ["state"] = "CA", ["postalCode"] = "93901", ["latitude"] = 36.67, ["longitude"] = -121.65,
        },
        ["coldChainRequired"] = true,
        ["sustainability"] = new JsonObject
        {
            ["renewableEnergy"] = true, ["pesticideFree"] = true, ["waterUsageGalPerUnit"] = 1.2, ["carbonKgPerUnit"] = 0.4,
        },
    };
}
