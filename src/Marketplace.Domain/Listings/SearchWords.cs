using System.Globalization;
using System.Text;

namespace Marketplace.Domain.Listings;

/// <summary>
/// Text folded the way the board compares it: lower case, accents removed (<c>Jalapeño</c> → <c>jalapeno</c>),
/// split into words at anything that is not a letter or digit. Listings and queries go through the same fold.
/// </summary>
public static class SearchWords
{
    /// <summary>Words longer than this are not stored as known terms (no crop name is that long).</summary>
    public const int MaxTermLength = 64;

    public static IEnumerable<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var word = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0) yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 0) yield return word.ToString();
    }

    /// <summary>Lower case without diacritics (the marks left after canonical decomposition are dropped).</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
