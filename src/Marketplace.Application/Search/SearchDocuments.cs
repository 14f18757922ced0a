using Marketplace.Application.Listings.SearchListings;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Search;

public static class SearchDocuments
{
    public static SearchDocument From(Listing l) => new(
        l.Id, l.GrowerId, l.Title, EnumCode<Category>.ToCode(l.Category), l.ProductType, l.Variety, l.Description, l.FarmName, l.City,
        EnumCode<GrowingMethod>.ToCode(l.GrowingMethod), l.Certifications, EnumCode<Grade>.ToCode(l.Grade), l.UnitPriceAmount,
        Listings.SearchListings.PriceBuckets.Of(l.UnitPriceAmount), l.HarvestDate.DayNumber, l.AvailableFrom?.DayNumber ?? 0, l.AvailableUntil?.DayNumber ?? int.MaxValue,
        l.OffersPickup, l.OffersDelivery, l.Latitude, l.Longitude, l.GrowerRating, l.CreatedAt.ToUnixTimeMilliseconds());
}
