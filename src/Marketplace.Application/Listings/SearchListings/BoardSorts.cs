namespace Marketplace.Application.Listings.SearchListings;

/// <summary>The board's orders (API.md §Listings).</summary>
public enum BoardSort { Relevance, Newest, Price, PriceDescending, Freshest, Distance, Rating }

/// <summary>The one place the sort names of the query string are spelled; the validator, the cursor and the OpenAPI enum read them here.</summary>
public static class BoardSorts
{
    private static readonly (BoardSort Sort, string Code)[] Table =
    [
        (BoardSort.Relevance, "relevance"),
        (BoardSort.Newest, "newest"),
        (BoardSort.Price, "price"),
        (BoardSort.PriceDescending, "-price"),
        (BoardSort.Freshest, "freshest"),
        (BoardSort.Distance, "distance"),
        (BoardSort.Rating, "rating"),
    ];

    /// <summary>Every code, in the order the contract lists them.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Table.Select(t => t.Code)];

    public static string Code(BoardSort sort) => Table.First(t => t.Sort == sort).Code;

    public static bool TryParse(string? code, out BoardSort sort)
    {
        foreach (var (value, name) in Table)
        {
            if (name != code) continue;
            sort = value;
            return true;
        }
        sort = default;
        return false;
    }
}
