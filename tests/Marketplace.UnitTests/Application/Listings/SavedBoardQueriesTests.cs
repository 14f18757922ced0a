using Marketplace.Application.Listings.SearchListings;
using Marketplace.Domain.Listings;

namespace Marketplace.UnitTests.Application.Listings;

public sealed class SavedBoardQueriesTests
{
    [Fact]
    public void Check_WritesTheNormalForm_KeysInOrderAndRepeatedValuesSorted()
    {
        var checkedQuery = SavedBoardQueries.Check("?maxPrice=500&Category=leafy-greens&q=+butter%20lettuce+&category=herbs&category=herbs&grade=", out var errors);

        Assert.Empty(errors);
        Assert.Equal("q=butter%20lettuce&category=herbs&category=leafy-greens&maxPrice=500", checkedQuery!.Query);
        Assert.Null(checkedQuery.Prefilter.Category); // two categories: the index cannot pin one
        Assert.Equal(500, checkedQuery.Prefilter.MaxPrice);
    }

    [Fact]
    public void Check_TheNormalForm_ReadsBackToItself()
    {
        var first = SavedBoardQueries.Check("near=36.67,-121.65&radiusMiles=25&certification=usda-organic&sort=distance", out _)!;
        var again = SavedBoardQueries.Check(first.Query, out var errors)!;

        Assert.Empty(errors);
        Assert.Equal(first, again);
        Assert.Equal("usda-organic", first.Prefilter.Certification);
        var area = first.Prefilter.Area!;
        Assert.InRange(36.67, area.MinLatitude, area.MaxLatitude);
        Assert.InRange(-121.65, area.MinLongitude, area.MaxLongitude);
        Assert.True(area.MaxLatitude - area.MinLatitude < 1);
    }

    [Fact]
    public void Check_OneCategory_IsItsIndexablePart() =>
        Assert.Equal(Category.LeafyGreens, SavedBoardQueries.Check("category=leafy-greens", out _)!.Prefilter.Category);

    [Theory]
    [InlineData("category=rocks", "category[0]")]
    [InlineData("maxPrice=abc", "maxPrice")]
    [InlineData("minPrice=900&maxPrice=500", "maxPrice")]
    [InlineData("radiusMiles=10", "radiusMiles")]
    [InlineData("limit=5", "'limit'")]
    [InlineData("color=red", "'color'")]
    [InlineData("grade=a&grade=b", "grade")]
    public void Check_AQueryTheBoardRefuses_SaysWhichParameter(string query, string named)
    {
        Assert.Null(SavedBoardQueries.Check(query, out var errors));

        Assert.Contains(errors, e => e.StartsWith(named, StringComparison.Ordinal));
    }
}
