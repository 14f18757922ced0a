using System.Linq.Expressions;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>Haversine distance in miles, written as expressions the database evaluates.</summary>
internal static class GreatCircle
{
    private const double EarthRadiusMiles = 3958.8;
    private const double Radians = Math.PI / 180;

    public static Expression<Func<Listing, double>> Distance(double latitude, double longitude)
    {
        var cosLat = Math.Cos(latitude * Radians);
        return l => 2 * EarthRadiusMiles * Math.Asin(Math.Sqrt(
            Math.Sin((l.Latitude - latitude) * Radians / 2) * Math.Sin((l.Latitude - latitude) * Radians / 2)
            + cosLat * Math.Cos(l.Latitude * Radians)
              * Math.Sin((l.Longitude - longitude) * Radians / 2) * Math.Sin((l.Longitude - longitude) * Radians / 2)));
    }

    /// <summary><c>l => new DistanceKey { Id = l.Id, Distance = … }</c>, which later operators can filter and sort on.</summary>
    public static Expression<Func<Listing, DistanceKey>> KeyedDistance(double latitude, double longitude)
    {
        var distance = Distance(latitude, longitude);
        var listing = distance.Parameters[0];
        var body = Expression.MemberInit(Expression.New(typeof(DistanceKey)),
            Expression.Bind(typeof(DistanceKey).GetProperty(nameof(DistanceKey.Id))!, Expression.Property(listing, nameof(Listing.Id))),
            Expression.Bind(typeof(DistanceKey).GetProperty(nameof(DistanceKey.Distance))!, distance.Body));
        return Expression.Lambda<Func<Listing, DistanceKey>>(body, listing);
    }

    public static Expression<Func<Listing, bool>> MilesFrom(double latitude, double longitude, double radius)
    {
        var distance = Distance(latitude, longitude);
        // Read through a closure so EF sends the radius as a parameter and caches one query plan.
        Expression<Func<double>> radiusParameter = () => radius;
        var body = Expression.LessThanOrEqual(distance.Body, radiusParameter.Body);
        return Expression.Lambda<Func<Listing, bool>>(body, distance.Parameters);
    }

    /// <summary>The same formula in memory, for responses.</summary>
    public static double Miles(double lat1, double lng1, double lat2, double lng2)
    {
        var dLat = (lat2 - lat1) * Radians / 2;
        var dLng = (lng2 - lng1) * Radians / 2;
        var a = Math.Sin(dLat) * Math.Sin(dLat) + Math.Cos(lat1 * Radians) * Math.Cos(lat2 * Radians) * Math.Sin(dLng) * Math.Sin(dLng);
        return 2 * EarthRadiusMiles * Math.Asin(Math.Sqrt(a));
    }
}

internal sealed class DistanceKey
{
    public Guid Id { get; init; }
    public double Distance { get; init; }
}
