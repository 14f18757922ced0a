using Marketplace.Application.Listings.SearchListings;

namespace Marketplace.UnitTests.Application.Listings;

public sealed class SearchListingsValidatorTests
{
    private static readonly SearchListingsValidator Validator = new();

    public static TheoryData<string, SearchListingsQuery> Valid => new()
    {
        { "no filters", new SearchListingsQuery() },
        { "text of 200 characters", new SearchListingsQuery { Q = new string('q', 200) } },
        { "known categories", new SearchListingsQuery { Category = ["leafy-greens", "root-vegetables"] } },
        { "20 categories", new SearchListingsQuery { Category = [.. Enumerable.Repeat("herbs", 20)] } },
        { "known growing methods", new SearchListingsQuery { GrowingMethod = ["hydroponic", "soil"] } },
        { "20 growing methods", new SearchListingsQuery { GrowingMethod = [.. Enumerable.Repeat("soil", 20)] } },
        { "certification code", new SearchListingsQuery { Certification = ["usda-organic"] } },
        { "20 certifications", new SearchListingsQuery { Certification = [.. Enumerable.Repeat("gap", 20)] } },
        { "grade a", new SearchListingsQuery { Grade = "a" } },
        { "price range", new SearchListingsQuery { MinPrice = 0, MaxPrice = 0 } },
        { "max price above min", new SearchListingsQuery { MinPrice = 100, MaxPrice = 200 } },
        { "pickup", new SearchListingsQuery { Delivery = "pickup" } },
        { "delivery", new SearchListingsQuery { Delivery = "delivery" } },
        { "near with radius", new SearchListingsQuery { Near = "36.67,-121.65", RadiusMiles = 3000 } },
        { "near at the limits", new SearchListingsQuery { Near = "-90, 180" } },
        { "sort by price", new SearchListingsQuery { Sort = "-price" } },
        { "sort by distance near a point", new SearchListingsQuery { Sort = "distance", Near = "36.67,-121.65" } },
        { "limit 1", new SearchListingsQuery { Limit = 1 } },
        { "limit 100", new SearchListingsQuery { Limit = 100 } },
    };

    public static TheoryData<string, SearchListingsQuery, string> Invalid => new()
    {
        { "text of 201 characters", new SearchListingsQuery { Q = new string('q', 201) }, "Q" },
        { "unknown category", new SearchListingsQuery { Category = ["herbs", "leafy"] }, "Category[1]" },
        { "category in C# spelling", new SearchListingsQuery { Category = ["LeafyGreens"] }, "Category[0]" },
        { "21 categories", new SearchListingsQuery { Category = [.. Enumerable.Repeat("herbs", 21)] }, "Category" },
        { "unknown growing method", new SearchListingsQuery { GrowingMethod = ["dirt"] }, "GrowingMethod[0]" },
        { "21 growing methods", new SearchListingsQuery { GrowingMethod = [.. Enumerable.Repeat("soil", 21)] }, "GrowingMethod" },
        { "certification not a code", new SearchListingsQuery { Certification = ["USDA Organic"] }, "Certification[0]" },
        { "21 certifications", new SearchListingsQuery { Certification = [.. Enumerable.Repeat("gap", 21)] }, "Certification" },
        { "unknown grade", new SearchListingsQuery { Grade = "z" }, "Grade" },
        { "upper-case grade", new SearchListingsQuery { Grade = "A" }, "Grade" },
        { "negative min price", new SearchListingsQuery { MinPrice = -1 }, "MinPrice" },
        { "negative max price", new SearchListingsQuery { MaxPrice = -1 }, "MaxPrice" },
        { "max price below min", new SearchListingsQuery { MinPrice = 200, MaxPrice = 100 }, "MaxPrice" },
        { "unknown delivery", new SearchListingsQuery { Delivery = "drone" }, "Delivery" },
        { "near without comma", new SearchListingsQuery { Near = "36.67" }, "Near" },
        { "near not numbers", new SearchListingsQuery { Near = "north,west" }, "Near" },
        { "near latitude out of range", new SearchListingsQuery { Near = "91,0" }, "Near" },
        { "near longitude out of range", new SearchListingsQuery { Near = "0,-181" }, "Near" },
        { "radius of 0", new SearchListingsQuery { Near = "36.67,-121.65", RadiusMiles = 0 }, "RadiusMiles" },
        { "radius above 3000", new SearchListingsQuery { Near = "36.67,-121.65", RadiusMiles = 3000.1 }, "RadiusMiles" },
        { "radius without near", new SearchListingsQuery { RadiusMiles = 50 }, "RadiusMiles" },
        { "unknown sort", new SearchListingsQuery { Sort = "cheapest" }, "Sort" },
        { "sort by distance without near", new SearchListingsQuery { Sort = "distance" }, "Sort" },
        { "limit 0", new SearchListingsQuery { Limit = 0 }, "Limit" },
        { "limit 101", new SearchListingsQuery { Limit = 101 }, "Limit" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void SearchListings_ValidFilter_Passes(string @case, SearchListingsQuery query)
    {
        Assert.NotNull(@case);
        ValidationAssert.Passes(Validator, query);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void SearchListings_InvalidFilter_FailsOnThatProperty(string @case, SearchListingsQuery query, string property)
    {
        Assert.NotNull(@case);
        ValidationAssert.FailsOn(Validator, query, property);
    }
}
