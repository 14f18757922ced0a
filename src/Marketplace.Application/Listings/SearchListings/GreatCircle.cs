using System.Linq.Expressions;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>Haversine distance in miles, written as expressions the database evaluates.</summary>
internal static class GreatCircle
{
    private const double EarthRadiusMiles = GeoDistance.EarthRadiusMiles;
    private const double Radians = GeoDistance.Radians;

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
}

internal sealed class DistanceKey
{
    public Guid Id { get; init; }
    public double Distance { get; init; }
}
