using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>Turns the board's query string into WHERE clauses the board's indexes serve (the text of <c>q</c> is the engine's: <see cref="Common.Ports.IListingTextSearch"/>).</summary>
internal static class BoardFilters
{
    private const double MilesPerDegreeLatitude = 69.0;

    public static IQueryable<Listing> Apply(IQueryable<Listing> listings, SearchListingsQuery query, Guid? callerId)
    {
        // Anyone sees active listings; a grower asking for its own listings also sees its drafts and paused ones.
        listings = query.GrowerId is { } growerId && growerId == callerId
            ? listings.Where(l => l.GrowerId == growerId && l.Status != ListingStatus.Archived)
            : listings.Where(l => l.Status == ListingStatus.Active);
        if (query.GrowerId is { } grower && grower != callerId) listings = listings.Where(l => l.GrowerId == grower);

        if (query.Category is { Length: > 0 })
        {
            var categories = query.Category.Select(EnumCode<Category>.Parse).Distinct().ToList();
            // One category as an equality lets PostgreSQL walk (status, category, price) in order; IN (…) cannot.
            var single = categories[0];
            listings = categories.Count == 1
                ? listings.Where(l => l.Category == single)
                : listings.Where(l => categories.Contains(l.Category));
        }
        if (query.GrowingMethod is { Length: > 0 })
        {
            var methods = query.GrowingMethod.Select(EnumCode<GrowingMethod>.Parse).Distinct().ToList();
            listings = listings.Where(l => methods.Contains(l.GrowingMethod));
        }
        if (query.Certification is { Length: > 0 })
        {
            var certifications = query.Certification.Distinct().ToList();
            listings = listings.Where(l => l.Certifications.Any(c => certifications.Contains(c)));
        }
        if (query.Grade is not null)
        {
            var grade = EnumCode<Grade>.Parse(query.Grade);
            listings = listings.Where(l => l.Grade == grade);
        }
        if (query.MinPrice is { } min) listings = listings.Where(l => l.UnitPriceAmount >= min);
        if (query.MaxPrice is { } max) listings = listings.Where(l => l.UnitPriceAmount <= max);
        if (query.HarvestedAfter is { } harvested) listings = listings.Where(l => l.HarvestDate >= harvested);
        if (query.AvailableOn is { } on)
            listings = listings.Where(l => (l.AvailableFrom == null || l.AvailableFrom <= on) && (l.AvailableUntil == null || l.AvailableUntil >= on));
        if (query.Delivery == "pickup") listings = listings.Where(l => l.OffersPickup);
        if (query.Delivery == "delivery") listings = listings.Where(l => l.OffersDelivery);

        if (query.RadiusMiles is { } radius && Near(query) is { } point)
            listings = WithinRadius(listings, point, radius);
        return listings;
    }

    public static (double Latitude, double Longitude)? Near(SearchListingsQuery query) =>
        SearchListingsValidator.TryParsePoint(query.Near, out var point) ? point : null;

    /// <summary>A latitude/longitude box (index-friendly) first, then the exact great-circle distance.</summary>
    private static IQueryable<Listing> WithinRadius(IQueryable<Listing> listings, (double Latitude, double Longitude) point, double radius)
    {
        var latDelta = radius / MilesPerDegreeLatitude;
        double minLat = point.Latitude - latDelta, maxLat = point.Latitude + latDelta;
        listings = listings.Where(l => l.Latitude >= minLat && l.Latitude <= maxLat);

        var cosLat = Math.Cos(point.Latitude * Math.PI / 180);
        var lngDelta = cosLat > 0.01 ? radius / (MilesPerDegreeLatitude * cosLat) : 360;
        double minLng = point.Longitude - lngDelta, maxLng = point.Longitude + lngDelta;
        if (minLng >= -180 && maxLng <= 180) // a box across the antimeridian is left to the exact test
            listings = listings.Where(l => l.Longitude >= minLng && l.Longitude <= maxLng);

        return listings.Where(GreatCircle.MilesFrom(point.Latitude, point.Longitude, radius));
    }

    /// <summary>The words of <c>q</c>, folded as listings are (at most eight, the rest ignored).</summary>
    public static IReadOnlyList<string> Words(string? q) => [.. SearchWords.Split(q).Distinct(StringComparer.Ordinal).Take(8)];
}
