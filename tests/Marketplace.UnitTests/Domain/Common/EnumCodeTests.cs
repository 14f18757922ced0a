using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;

namespace Marketplace.UnitTests.Domain.Common;

public sealed class EnumCodeTests
{
    [Fact]
    public void Category_WithMemberName_UsesIt()
    {
        Assert.Equal("leafy-greens", EnumCode<Category>.ToCode(Category.LeafyGreens));
        Assert.Equal(Category.LeafyGreens, EnumCode<Category>.Parse("leafy-greens"));
    }

    [Fact]
    public void ListingStatus_WithoutMemberName_IsSnakeCase()
    {
        Assert.Equal("sold_out", EnumCode<ListingStatus>.ToCode(ListingStatus.SoldOut));
        Assert.True(EnumCode<ListingStatus>.TryParse("sold_out", out var status));
        Assert.Equal(ListingStatus.SoldOut, status);
    }

    [Theory]
    [InlineData("leafy")]
    [InlineData("Leafy-Greens")]
    [InlineData("leafy_greens")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownCode_ReturnsFalse(string? code)
    {
        Assert.False(EnumCode<Category>.TryParse(code, out var value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void Parse_UnknownCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => EnumCode<GrowingMethod>.Parse("dirt"));
    }

    [Fact]
    public void EveryValue_RoundTrips()
    {
        AssertRoundTrips<Category>();
        AssertRoundTrips<GrowingMethod>();
        AssertRoundTrips<Grade>();
        AssertRoundTrips<Unit>();
        AssertRoundTrips<ListingStatus>();
        AssertRoundTrips<StockMovementKind>();
        AssertRoundTrips<BusinessType>();
    }

    [Fact]
    public void All_ListsTheContractsCodes()
    {
        string[] expected =
            ["leafy-greens", "tomatoes", "herbs", "floriculture", "berries", "peppers", "cucumbers-squash", "microgreens",
             "mushrooms", "root-vegetables", "specialty"];

        Assert.Equal(expected.Order(StringComparer.Ordinal), EnumCode<Category>.All.Order(StringComparer.Ordinal));
    }

    private static void AssertRoundTrips<T>() where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        Assert.NotEmpty(values);
        foreach (var value in values)
            Assert.Equal(value, EnumCode<T>.Parse(EnumCode<T>.ToCode(value)));
        Assert.Equal(values.Length, EnumCode<T>.All.Count);
    }
}
