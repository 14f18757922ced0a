namespace Marketplace.Bench.Load;

/// <summary>The fixed mix of board searches both targets are driven with: a word, a category, a certification, by price.</summary>
internal static class BoardQueries
{
    public const string Path = "/api/marketplace/listings";

    private static readonly (string Q, string Category, string Certification)[] Mix =
    [
        ("lettuce", "leafy-greens", "usda-organic"),
        ("kale", "leafy-greens", "gap-certified"),
        ("salinas", "leafy-greens", "non-gmo"),
        ("basil", "herbs", "usda-organic"),
        ("tomato", "tomatoes", "gap-certified"),
        ("hydroponic", "tomatoes", "usda-organic"),
        ("strawberry", "berries", "usda-organic"),
        ("pepper", "peppers", "non-gmo"),
        ("oyster", "mushrooms", "usda-organic"),
        ("carrot", "root-vegetables", "gap-certified"),
        ("cucumber", "cucumbers-squash", "usda-organic"),
        ("microgreen", "microgreens", "non-gmo"),
        ("ranunculus", "floriculture", "usda-organic"),
        ("fresh", "specialty", "primus-gfs"),
        ("organic", "herbs", "fair-trade"),
        ("wasabi", "specialty", "gap-certified"),
    ];

    /// <summary>Relative URLs (path and query), identical for the API and the baseline.</summary>
    public static IReadOnlyList<Uri> Urls { get; } = Mix
        .Select(m => new Uri($"{Path}?q={Uri.EscapeDataString(m.Q)}&category={m.Category}&certification={m.Certification}&sort=price&limit=20",
            UriKind.Relative))
        .ToArray();
}
