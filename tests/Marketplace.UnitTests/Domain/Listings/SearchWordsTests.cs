using Marketplace.Domain.Listings;

namespace Marketplace.UnitTests.Domain.Listings;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("Jalapeño chile", new[] { "jalapeno", "chile" })]
    [InlineData("Lion's mane — Crème!", new[] { "lion", "s", "mane", "creme" })]
    [InlineData("  100% organic,  24 heads ", new[] { "100", "organic", "24", "heads" })]
    [InlineData("", new string[0])]
    public void Split_FoldsCaseAndAccents_AndSplitsAtAnythingButLettersAndDigits(string text, string[] expected) =>
        Assert.Equal(expected, SearchWords.Split(text));
}
