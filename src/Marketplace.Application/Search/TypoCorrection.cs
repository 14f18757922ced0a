
namespace Marketplace.Application.Search;

/// <summary>
/// One typo is allowed in a query word of 5+ letters: a word no active listing contains is replaced by the known
/// term one edit away (API.md §Listings). Words that are known, or whose plural/singular is known, are left for the
/// engine's stemming; among several terms one edit away, an inflection of the word wins, then the commonest.
/// </summary>
public sealed class TypoCorrection(ISearchTerms terms)
{
    public const int MinimumLength = 5;

    public async Task<IReadOnlyList<string>> CorrectAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var longWords = words.Where(w => w.Length >= MinimumLength).ToList();
        if (longWords.Count == 0) return words;
        var known = await terms.KnownAsync([.. longWords.SelectMany(Inflections).Distinct()], cancellationToken);

        var corrected = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (word.Length < MinimumLength || Inflections(word).Any(known.Contains))
            {
                corrected.Add(word);
                continue;
            }
            var candidates = await terms.NearAsync(word, cancellationToken);
            var best = candidates.Where(c => EditDistance.Between(word, c.Term) == 1)
                .OrderByDescending(c => Inflections(word).Contains(c.Term) || word.StartsWith(c.Term, StringComparison.Ordinal) || c.Term.StartsWith(word, StringComparison.Ordinal))
                .ThenByDescending(c => c.Listings)
                .ThenBy(c => c.Term, StringComparer.Ordinal)
                .FirstOrDefault();
            corrected.Add(best?.Term ?? word);
        }
        return corrected;
    }

    /// <summary>The word and its regular English plural or singular forms.</summary>
    private static IEnumerable<string> Inflections(string word)
    {
        yield return word;
        yield return word + "s";
        yield return word + "es";
        if (word.EndsWith('y')) yield return word[..^1] + "ies";
        if (word.EndsWith("ies", StringComparison.Ordinal)) yield return word[..^3] + "y";
        if (word.EndsWith("es", StringComparison.Ordinal)) yield return word[..^2];
        if (word.EndsWith('s')) yield return word[..^1];
    }
}
