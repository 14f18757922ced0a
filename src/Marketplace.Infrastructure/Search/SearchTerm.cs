namespace Marketplace.Infrastructure.Search;

/// <summary>
/// A word that occurs in active listings and how many of them hold it (<c>marketplace_search_terms</c>). Length and
/// the first and last two letters are stored so that the candidates one edit away from a typed word come from an index.
/// </summary>
public sealed class SearchTerm
{
    /// <summary>Known terms have at least this many letters: a word of 5+ letters with one letter missing has 4.</summary>
    public const int MinimumLength = 4;

    public string Term { get; set; } = "";
    public int Length { get; set; }
    public string Prefix { get; set; } = "";
    public string Suffix { get; set; } = "";
    public int Listings { get; set; }

    public static string PrefixOf(string term) => term[..2];
    public static string SuffixOf(string term) => term[^2..];
}
