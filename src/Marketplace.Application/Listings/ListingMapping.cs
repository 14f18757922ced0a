using Mapster;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings;

/// <summary>How a stored listing becomes a <see cref="ListingResponse"/>; used by EF projections (ProjectToType).</summary>
public static class ListingMapping
{
    /// <summary>Compiled once; shared by EF projections and in-memory mapping so both give the same shape.</summary>
    public static readonly TypeAdapterConfig Config = Register(new TypeAdapterConfig());

    public static ListingResponse ToResponse(this Listing listing) => listing.Adapt<ListingResponse>(Config);

    public static IQueryable<ListingResponse> ProjectToResponse(this IQueryable<Listing> listings) =>
        listings.ProjectToType<ListingResponse>(Config);

    private static TypeAdapterConfig Register(TypeAdapterConfig config)
    {
        config.NewConfig<Listing, ListingResponse>()
            .Map(d => d.UnitPrice, s => new Money(s.UnitPriceAmount, s.Currency))
            .Map(d => d.Stock, s => new StockLevels(s.OnHand, s.Reserved, s.OnHand - s.Reserved))
            .Map(d => d.Delivery, s => new DeliveryOptions(s.OffersPickup, s.OffersDelivery, s.DeliveryRadiusMiles,
                s.DeliveryFeeAmount == null ? null : new Money(s.DeliveryFeeAmount.Value, s.Currency)))
            .Map(d => d.Location, s => new LocationDto(s.City, s.State, s.PostalCode, s.Latitude, s.Longitude))
            .Map(d => d.Certifications, s => s.Certifications)
            .Map(d => d.BulkDiscounts, s => s.BulkDiscounts)
            .Map(d => d.Sustainability, s => s.Sustainability)
            .Ignore(d => d.Images)
            .Ignore(d => d.DistanceMiles);
        return config;
    }

    /// <summary>The validated body as domain details (the validator has ensured every required value is present).</summary>
    public static ListingDetails ToDetails(this ListingFields body) => new(
        body.Title!.Trim(),
        body.Category!.Value,
        body.ProductType!.Trim(),
        body.Variety?.Trim(),
        body.Description?.Trim(),
        body.GrowingMethod!.Value,
        body.Certifications ?? [],
        body.Grade!.Value,
        body.Unit!.Value,
        body.UnitPrice!,
        body.BulkDiscounts ?? [],
        body.MinimumOrderQuantity ?? 1,
        body.LowStockThreshold ?? 0,
        body.HarvestDate!.Value,
        body.AvailableFrom,
        body.AvailableUntil,
        body.ShelfLifeDays,
        body.Delivery ?? new DeliveryOptions(true, false, null, null),
        new GeoLocation(body.Location!.City!.Trim(), body.Location.State!.Trim(), body.Location.PostalCode!.Trim(),
            body.Location.Latitude!.Value, body.Location.Longitude!.Value),
        body.ColdChainRequired ?? false,
        body.Sustainability);
}
