namespace Marketplace.Application.Common.Ports;

/// <summary>
/// The board's full-text engine, one per database provider (docs/decisions/0039, 0040): which listings hold every
/// word, stemmed and accent-folded, and how relevant each is. The result composes into the board's LINQ query, so
/// filters, the keyset and the page size all run in the same SQL statement.
/// </summary>
public interface IListingTextSearch
{
    /// <summary>Listings (any status; the board filters) whose text matches every one of <paramref name="words"/>.</summary>
    IQueryable<TextMatch> Match(IReadOnlyList<string> words);
}

/// <summary>A listing that matched and its relevance: higher is better, stable while the listing is unchanged.</summary>
public sealed class TextMatch
{
    public Guid ListingId { get; init; }
    public double Rank { get; init; }
}

/// <summary>The words that occur in active listings, kept in step by the unit of work; the typo rewrite reads them.</summary>
public interface ISearchTerms
{
    /// <summary>Which of <paramref name="words"/> occur in some active listing.</summary>
    Task<IReadOnlySet<string>> KnownAsync(IReadOnlyList<string> words, CancellationToken cancellationToken);

    /// <summary>
    /// Known terms that may be one edit from <paramref name="word"/>: one letter longer or shorter or the same length,
    /// sharing its first two or its last two letters (one edit in a word of 5+ letters cannot change both ends).
    /// </summary>
    Task<IReadOnlyList<KnownTerm>> NearAsync(string word, CancellationToken cancellationToken);
}

public sealed record KnownTerm(string Term, int Listings);
