using Marketplace.Application.Listings;
using Marketplace.Application.Listings.CreateListing;
using Marketplace.Domain.Listings;
using static Marketplace.UnitTests.Application.Listings.ValidListing;

namespace Marketplace.UnitTests.Application.Listings;

/// <summary>What the listing is: title, kind, grade, unit, certifications.</summary>
public sealed class ListingBodyDescriptionRulesTests
{
    public static TheoryData<string, Func<CreateListingBody, CreateListingBody>> Valid => new()
    {
        { "the contract's example", b => b },
        { "title of 120 characters", b => b with { Title = Text(120) } },
        { "product type of 60 characters", b => b with { ProductType = Text(60) } },
        { "no variety", b => b with { Variety = null } },
        { "variety of 60 characters", b => b with { Variety = Text(60) } },
        { "no description", b => b with { Description = null } },
        { "description of 4000 characters", b => b with { Description = Text(4000) } },
        { "last category", b => b with { Category = Category.Specialty } },
        { "last growing method", b => b with { GrowingMethod = GrowingMethod.Indoor } },
        { "grade c", b => b with { Grade = Grade.C } },
        { "last unit", b => b with { Unit = Unit.Each } },
        { "no certifications", b => b with { Certifications = null } },
        { "20 certifications", b => b with { Certifications = [.. Enumerable.Range(0, 20).Select(i => $"cert-{i}")] } },
        { "certification with digits", b => b with { Certifications = ["gap-2024", "usda-organic"] } },
    };

    public static TheoryData<string, Func<CreateListingBody, CreateListingBody>, string> Invalid => new()
    {
        { "no title", b => b with { Title = null }, "Body.Title" },
        { "blank title", b => b with { Title = "   " }, "Body.Title" },
        { "title of 121 characters", b => b with { Title = Text(121) }, "Body.Title" },
        { "no category", b => b with { Category = null }, "Body.Category" },
        { "category out of range", b => b with { Category = (Category)999 }, "Body.Category" },
        { "no product type", b => b with { ProductType = "" }, "Body.ProductType" },
        { "product type of 61 characters", b => b with { ProductType = Text(61) }, "Body.ProductType" },
        { "variety of 61 characters", b => b with { Variety = Text(61) }, "Body.Variety" },
        { "description of 4001 characters", b => b with { Description = Text(4001) }, "Body.Description" },
        { "no growing method", b => b with { GrowingMethod = null }, "Body.GrowingMethod" },
        { "growing method out of range", b => b with { GrowingMethod = (GrowingMethod)999 }, "Body.GrowingMethod" },
        { "no grade", b => b with { Grade = null }, "Body.Grade" },
        { "grade out of range", b => b with { Grade = (Grade)999 }, "Body.Grade" },
        { "no unit", b => b with { Unit = null }, "Body.Unit" },
        { "unit out of range", b => b with { Unit = (Unit)(-1) }, "Body.Unit" },
        { "21 certifications", b => b with { Certifications = [.. Enumerable.Range(0, 21).Select(i => $"cert-{i}")] }, "Body.Certifications" },
        { "empty certification", b => b with { Certifications = ["usda-organic", ""] }, "Body.Certifications[1]" },
        { "upper-case certification", b => b with { Certifications = ["USDA Organic"] }, "Body.Certifications[0]" },
        { "certification starting with a dash", b => b with { Certifications = ["-organic"] }, "Body.Certifications[0]" },
        { "certification of 51 characters", b => b with { Certifications = [new string('a', 51)] }, "Body.Certifications[0]" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void ListingBody_ValidDescription_Passes(string @case, Func<CreateListingBody, CreateListingBody> change)
    {
        Assert.NotNull(@case);
        ValidationAssert.Passes(Validator, Command(change));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void ListingBody_InvalidDescription_FailsOnThatProperty(string @case, Func<CreateListingBody, CreateListingBody> change, string property)
    {
        Assert.NotNull(@case);
        ValidationAssert.FailsOn(Validator, Command(change), property);
    }

    [Fact]
    public void CreateListing_WithoutBody_FailsOnBody()
    {
        ValidationAssert.FailsOn(Validator, new CreateListingCommand(null!), "Body");
    }
}
