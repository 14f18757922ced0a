using System.Globalization;
using Marketplace.Application.Listings.SearchListings;

namespace Marketplace.Infrastructure.Search;

/// <summary>The board's query string as an Algolia <c>filters</c> expression and geo parameters.</summary>
internal static class AlgoliaFilters
{
    public static string For(SearchListingsQuery q)
    {
        var clauses = new List<string>();
        AnyOf(clauses, "category", q.Category);
        AnyOf(clauses, "certifications", q.Certification);
        AnyOf(clauses, "growingMethod", q.GrowingMethod);
        if (q.Grade is not null) clauses.Add($"grade:{Quote(q.Grade)}");
        if (q.GrowerId is { } grower) clauses.Add($"growerId:{Quote(grower.ToString())}");
        if (q.MinPrice is { } min) clauses.Add($"unitPriceAmount >= {min}");
        if (q.MaxPrice is { } max) clauses.Add($"unitPriceAmount <= {max}");
        if (q.HarvestedAfter is { } harvested) clauses.Add($"harvestDay >= {harvested.DayNumber}");
        if (q.AvailableOn is { } on) clauses.Add($"availableFromDay <= {on.DayNumber} AND availableUntilDay >= {on.DayNumber}");
        if (q.Delivery == "pickup") clauses.Add("offersPickup:true");
        if (q.Delivery == "delivery") clauses.Add("offersDelivery:true");
        return string.Join(" AND ", clauses);
    }

    /// <summary>Miles to whole metres, as Algolia's <c>aroundRadius</c> takes them.</summary>
    public static int Metres(double miles) => (int)Math.Round(miles * 1609.344);

    public static string LatLng((double Latitude, double Longitude) point) =>
        $"{point.Latitude.ToString(CultureInfo.InvariantCulture)},{point.Longitude.ToString(CultureInfo.InvariantCulture)}";

    private static void AnyOf(List<string> clauses, string attribute, string[]? values)
    {
        if (values is not { Length: > 0 }) return;
        var any = string.Join(" OR ", values.Distinct().Select(v => $"{attribute}:{Quote(v)}"));
        clauses.Add(values.Length > 1 ? $"({any})" : any);
    }

    private static string Quote(string value) => $"\"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
