namespace Marketplace.Domain.Common;

/// <summary>Great-circle (haversine) distance in miles.</summary>
public static class GeoDistance
{
    public const double EarthRadiusMiles = 3958.8;
    public const double Radians = Math.PI / 180;

    public static double Miles(double lat1, double lng1, double lat2, double lng2)
    {
        var dLat = (lat2 - lat1) * Radians / 2;
        var dLng = (lng2 - lng1) * Radians / 2;
        var a = Math.Sin(dLat) * Math.Sin(dLat) + Math.Cos(lat1 * Radians) * Math.Cos(lat2 * Radians) * Math.Sin(dLng) * Math.Sin(dLng);
        return 2 * EarthRadiusMiles * Math.Asin(Math.Sqrt(Math.Min(1, a)));
    }
}
