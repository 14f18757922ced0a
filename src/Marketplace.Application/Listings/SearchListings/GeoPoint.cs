using System.Globalization;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>A point in decimal degrees, as <c>near=lat,lng</c> gives it.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public static bool TryParse(string? text, out GeoPoint point)
    {
        point = default;
        var parts = text?.Split(',', StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 }
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lng)
            || lat is < -90 or > 90 || lng is < -180 or > 180)
            return false;
        point = new GeoPoint(lat, lng);
        return true;
    }
}
