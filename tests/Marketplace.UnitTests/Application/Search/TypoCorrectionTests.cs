using Marketplace.Application.Common.Ports;
using Marketplace.Application.Search;

namespace Marketplace.UnitTests.Application.Search;

public sealed class TypoCorrectionTests
{
    /// <summary>Known terms held in memory, answering as the database store does (length ±1, same first or last two letters).</summary>
    private sealed class Terms(params (string Term, int Listings)[] terms) : ISearchTerms
    {
        public Task<IReadOnlySet<string>> KnownAsync(IReadOnlyList<string> words, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<string>>(terms.Select(t => t.Term).Intersect(words).ToHashSet());

        public Task<IReadOnlyList<KnownTerm>> NearAsync(string word, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<KnownTerm>>(terms
                .Where(t => Math.Abs(t.Term.Length - word.Length) <= 1 && (t.Term[..2] == word[..2] || t.Term[^2..] == word[^2..]))
                .Select(t => new KnownTerm(t.Term, t.Listings)).ToList());
    }

    [Theory]
    [InlineData("letuce", "lettuce")]   // letter missing
    [InlineData("lettuse", "lettuce")]  // letter replaced
    [InlineData("elttuce", "lettuce")]  // first two swapped
    [InlineData("lettucce", "lettuce")] // letter added
    [InlineData("lettuce", "lettuce")]  // known
    [InlineData("leetuze", "leetuze")]  // two edits: left alone
    [InlineData("tomatoes", "tomatoes")] // plural of a known term: left to the stemmer
    [InlineData("basl", "basl")]        // under five letters: no typo allowed
    public async Task Correct_RewritesAnUnknownWordToTheKnownTermOneEditAway(string typed, string expected)
    {
        var correction = new TypoCorrection(new Terms(("lettuce", 3), ("tomato", 2), ("basil", 1)));
        Assert.Equal([expected], await correction.CorrectAsync([typed], CancellationToken.None));
    }

    [Fact]
    public async Task Correct_AmongTermsOneEditAway_PrefersAnInflectionThenTheCommonest()
    {
        var correction = new TypoCorrection(new Terms(("tomato", 1), ("potatoe", 9), ("lines", 9), ("times", 5), ("tiles", 7)));
        Assert.Equal(["tomato"], await correction.CorrectAsync(["tomatoe"], CancellationToken.None)); // not the commoner potatoe
        Assert.Equal(["tiles"], await correction.CorrectAsync(["tikes"], CancellationToken.None)); // times is one edit away too, rarer
    }

    [Theory]
    [InlineData("spinach", "spinahc", 1)]
    [InlineData("basil", "bsail", 1)]
    [InlineData("lettuce", "letuce", 1)]
    [InlineData("lettuce", "lettuce", 0)]
    [InlineData("lettuce", "leetuze", 2)]
    public void EditDistance_CountsASwapOfNeighboursAsOneEdit(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Between(a, b));
}
