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

    /// <summary>
    /// Lower case without diacritics. The hosts run with invariant globalization, where <c>string.Normalize</c> does
    /// not decompose, so the accented letters of the Latin alphabets are mapped by table; combining marks are dropped.
    /// </summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        var folded = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (c < 128) folded.Append(c);
            else if (Plain.TryGetValue(c, out var plain)) folded.Append(plain);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        }
        return folded.ToString();
    }

    private static readonly Dictionary<char, string> Plain = BuildPlain();

    private static Dictionary<char, string> BuildPlain()
    {
        var table = new Dictionary<char, string> { ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['þ'] = "th", ['ð'] = "d" };
        foreach (var (letters, plain) in new[]
                 {
                     ("àáâãäåāăąǎ", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
                     ("ìíîïĩīĭįıǐ", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏőǒ", "o"),
                     ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűųǔ", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
                 })
            foreach (var letter in letters) table[letter] = plain;
        return table;
    }
}
