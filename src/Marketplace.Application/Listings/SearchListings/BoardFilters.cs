using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>The database board's WHERE clauses, one per criterion, in forms the board's indexes serve (the text of <c>q</c> is the engine's: <see cref="Common.Ports.IListingTextSearch"/>).</summary>
internal static class BoardFilters
{
    public static IQueryable<Listing> Apply(IQueryable<Listing> listings, BoardCriteria criteria)
    {
        // Anyone sees active listings; a grower asking for its own listings also sees its drafts and paused ones.
        listings = criteria.OwnListings
            ? listings.Where(l => l.Status != ListingStatus.Archived)
            : listings.Where(l => l.Status == ListingStatus.Active);
        if (criteria.GrowerId is { } grower) listings = listings.Where(l => l.GrowerId == grower);
        if (criteria.ListingId is { } only) listings = listings.Where(l => l.Id == only);

        if (criteria.Categories.Count > 0)
        {
            var categories = criteria.Categories.ToList();
            // One category as an equality lets PostgreSQL walk (status, category, price) in order; IN (…) cannot.
            var single = categories[0];
            listings = categories.Count == 1
                ? listings.Where(l => l.Category == single)
                : listings.Where(l => categories.Contains(l.Category));
        }
        if (criteria.GrowingMethods.Count > 0)
        {
            var methods = criteria.GrowingMethods.ToList();
            listings = listings.Where(l => methods.Contains(l.GrowingMethod));
        }
        if (criteria.Certifications.Count > 0)
        {
            var certifications = criteria.Certifications.ToList();
            listings = listings.Where(l => l.Certifications.Any(c => certifications.Contains(c)));
        }
        if (criteria.Grade is { } grade) listings = listings.Where(l => l.Grade == grade);
        if (criteria.MinPrice is { } min) listings = listings.Where(l => l.UnitPriceAmount >= min);
        if (criteria.MaxPrice is { } max) listings = listings.Where(l => l.UnitPriceAmount <= max);
        if (criteria.HarvestedAfter is { } harvested) listings = listings.Where(l => l.HarvestDate >= harvested);
        if (criteria.AvailableOn is { } on)
            listings = listings.Where(l => (l.AvailableFrom == null || l.AvailableFrom <= on) && (l.AvailableUntil == null || l.AvailableUntil >= on));
        if (criteria.Delivery == DeliveryOption.Pickup) listings = listings.Where(l => l.OffersPickup);
        if (criteria.Delivery == DeliveryOption.Delivery) listings = listings.Where(l => l.OffersDelivery);

        if (criteria.RadiusMiles is { } radius && criteria.Near is { } point)
            listings = WithinRadius(listings, point, radius);
        return listings;
    }

    /// <summary>
    /// The smallest latitude/longitude box around the circle (index-friendly) first, then the exact great-circle distance.
    /// The circle is widest in longitude away from its centre's latitude, towards the pole: <c>asin(sin θ / cos φ)</c>
    /// for an angular radius θ at latitude φ, more than <c>θ / cos φ</c>, which cut off listings near the edge of wide circles.
    /// </summary>
    public static IQueryable<Listing> WithinRadius(IQueryable<Listing> listings, GeoPoint point, double radius)
    {
        var box = Box(point, radius);
        listings = listings.Where(l => l.Latitude >= box.MinLatitude && l.Latitude <= box.MaxLatitude);
        if (box.MinLongitude is { } minLng && box.MaxLongitude is { } maxLng)
            listings = listings.Where(l => l.Longitude >= minLng && l.Longitude <= maxLng);
        return listings.Where(GreatCircle.MilesFrom(point.Latitude, point.Longitude, radius));
    }

    /// <summary>The box of <see cref="WithinRadius"/>; no longitude bounds when the circle reaches a pole or crosses the antimeridian.</summary>
    public static RadiusBox Box(GeoPoint point, double radius)
    {
        // A hair wider than exact, so rounding can only let the exact test decide, never the box.
        var angle = radius / GeoDistance.EarthRadiusMiles * (1 + 1e-9);
        var latDelta = angle / GeoDistance.Radians;
        double minLat = point.Latitude - latDelta, maxLat = point.Latitude + latDelta;

        // A circle that reaches a pole spans every longitude; so does a box across the antimeridian (left to the exact test).
        if (minLat > -90 && maxLat < 90)
        {
            var lngDelta = Math.Asin(Math.Min(1, Math.Sin(angle) / Math.Cos(point.Latitude * GeoDistance.Radians))) / GeoDistance.Radians;
            double minLng = point.Longitude - lngDelta, maxLng = point.Longitude + lngDelta;
            if (minLng >= -180 && maxLng <= 180) return new RadiusBox(minLat, maxLat, minLng, maxLng);
        }
        return new RadiusBox(minLat, maxLat, null, null);
    }
}

/// <summary>The latitude/longitude box around a radius; null longitudes are unbounded.</summary>
public readonly record struct RadiusBox(double MinLatitude, double MaxLatitude, double? MinLongitude, double? MaxLongitude);
