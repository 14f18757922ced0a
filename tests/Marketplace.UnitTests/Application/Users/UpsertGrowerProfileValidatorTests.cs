using Marketplace.Application.Users;
using Marketplace.Domain.Listings;

namespace Marketplace.UnitTests.Application.Users;

public sealed class UpsertGrowerProfileValidatorTests
{
    private static readonly UpsertGrowerProfileValidator Validator = new();

    private static UpsertGrowerProfileCommand Farm() => new(
        "Green Acres", "Hydroponic greens", "Salinas", "CA", "93901", 36.67, -121.65,
        [GrowingMethod.Hydroponic], ["usda-organic"], 40_000);

    private static string Text(int length) => new('x', length);

    public static TheoryData<string, UpsertGrowerProfileCommand> Valid => new()
    {
        { "the contract's example", Farm() },
        { "farm name of 120 characters", Farm() with { FarmName = Text(120) } },
        { "no description", Farm() with { Description = null } },
        { "description of 4000 characters", Farm() with { Description = Text(4000) } },
        { "city, state, postal code at their limits", Farm() with { City = Text(100), State = Text(50), PostalCode = Text(20) } },
        { "no coordinates", Farm() with { Latitude = null, Longitude = null } },
        { "coordinates at the limits", Farm() with { Latitude = 90, Longitude = -180 } },
        { "no growing methods", Farm() with { GrowingMethods = null } },
        { "10 growing methods", Farm() with { GrowingMethods = [.. Enumerable.Repeat(GrowingMethod.Soil, 10)] } },
        { "no certifications", Farm() with { Certifications = null } },
        { "20 certifications", Farm() with { Certifications = [.. Enumerable.Repeat("gap", 20)] } },
        { "no facility size", Farm() with { FacilitySizeSqFt = null } },
        { "facility of 1 sq ft", Farm() with { FacilitySizeSqFt = 1 } },
        { "facility at the maximum", Farm() with { FacilitySizeSqFt = 100_000_000 } },
    };

    public static TheoryData<string, UpsertGrowerProfileCommand, string> Invalid => new()
    {
        { "no farm name", Farm() with { FarmName = null }, "FarmName" },
        { "farm name of 121 characters", Farm() with { FarmName = Text(121) }, "FarmName" },
        { "description of 4001 characters", Farm() with { Description = Text(4001) }, "Description" },
        { "no city", Farm() with { City = "" }, "City" },
        { "city of 101 characters", Farm() with { City = Text(101) }, "City" },
        { "no state", Farm() with { State = " " }, "State" },
        { "state of 51 characters", Farm() with { State = Text(51) }, "State" },
        { "no postal code", Farm() with { PostalCode = null }, "PostalCode" },
        { "postal code of 21 characters", Farm() with { PostalCode = Text(21) }, "PostalCode" },
        { "latitude below -90", Farm() with { Latitude = -90.5 }, "Latitude" },
        { "longitude above 180", Farm() with { Longitude = 180.5 }, "Longitude" },
        { "latitude without longitude", Farm() with { Longitude = null }, "Longitude" },
        { "longitude without latitude", Farm() with { Latitude = null }, "Latitude" },
        { "11 growing methods", Farm() with { GrowingMethods = [.. Enumerable.Repeat(GrowingMethod.Soil, 11)] }, "GrowingMethods" },
        { "growing method out of range", Farm() with { GrowingMethods = [GrowingMethod.Soil, (GrowingMethod)999] }, "GrowingMethods[1]" },
        { "21 certifications", Farm() with { Certifications = [.. Enumerable.Repeat("gap", 21)] }, "Certifications" },
        { "certification not a code", Farm() with { Certifications = ["Organic!"] }, "Certifications[0]" },
        { "empty certification", Farm() with { Certifications = [""] }, "Certifications[0]" },
        { "null certification", Farm() with { Certifications = [null!] }, "Certifications[0]" },
        { "facility of 0 sq ft", Farm() with { FacilitySizeSqFt = 0 }, "FacilitySizeSqFt" },
        { "facility above the maximum", Farm() with { FacilitySizeSqFt = 100_000_001 }, "FacilitySizeSqFt" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void UpsertGrowerProfile_ValidField_Passes(string @case, UpsertGrowerProfileCommand command)
    {
        Assert.NotNull(@case);
        ValidationAssert.Passes(Validator, command);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void UpsertGrowerProfile_InvalidField_FailsOnThatProperty(string @case, UpsertGrowerProfileCommand command, string property)
    {
        Assert.NotNull(@case);
        ValidationAssert.FailsOn(Validator, command, property);
    }
}
