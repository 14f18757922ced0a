using System.Globalization;
using Marketplace.Application.Listings.SearchListings;
using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;

namespace Marketplace.Infrastructure.Search;

/// <summary>The board's criteria as an Algolia <c>filters</c> expression and geo parameters.</summary>
internal static class AlgoliaFilters
{
    public static string For(BoardCriteria c)
    {
        var clauses = new List<string>();
        AnyOf(clauses, "category", c.Categories.Select(EnumCode<Category>.ToCode));
        AnyOf(clauses, "certifications", c.Certifications);
        AnyOf(clauses, "growingMethod", c.GrowingMethods.Select(EnumCode<GrowingMethod>.ToCode));
        if (c.Grade is { } grade) clauses.Add($"grade:{Quote(EnumCode<Grade>.ToCode(grade))}");
        if (c.GrowerId is { } grower) clauses.Add($"growerId:{Quote(grower.ToString())}");
        if (c.MinPrice is { } min) clauses.Add($"unitPriceAmount >= {min}");
        if (c.MaxPrice is { } max) clauses.Add($"unitPriceAmount <= {max}");
        if (c.HarvestedAfter is { } harvested) clauses.Add($"harvestDay >= {harvested.DayNumber}");
        if (c.AvailableOn is { } on) clauses.Add($"availableFromDay <= {on.DayNumber} AND availableUntilDay >= {on.DayNumber}");
        if (c.Delivery == DeliveryOption.Pickup) clauses.Add("offersPickup:true");
        if (c.Delivery == DeliveryOption.Delivery) clauses.Add("offersDelivery:true");
        return string.Join(" AND ", clauses);
    }

    /// <summary>Miles to whole metres, as Algolia's <c>aroundRadius</c> takes them.</summary>
    public static int Metres(double miles) => (int)Math.Round(miles * 1609.344);

    public static string LatLng(GeoPoint point) =>
        $"{point.Latitude.ToString(CultureInfo.InvariantCulture)},{point.Longitude.ToString(CultureInfo.InvariantCulture)}";

    private static void AnyOf(List<string> clauses, string attribute, IEnumerable<string> values)
    {
        var distinct = values.Distinct().ToList();
        if (distinct.Count == 0) return;
        var any = string.Join(" OR ", distinct.Select(v => $"{attribute}:{Quote(v)}"));
        clauses.Add(distinct.Count > 1 ? $"({any})" : any);
    }

    private static string Quote(string value) => $"\"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
