using Marketplace.Application.Listings;
using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using static Marketplace.UnitTests.Application.Listings.ValidListing;

namespace Marketplace.UnitTests.Application.Listings;

/// <summary>When and where: dates, shelf life, delivery, location, sustainability.</summary>
public sealed class ListingBodyDeliveryRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 21);

    public static TheoryData<string, Func<CreateListingBody, CreateListingBody>> Valid => new()
    {
        { "available for one day", b => b with { AvailableFrom = Day, AvailableUntil = Day } },
        { "no availability window", b => b with { AvailableFrom = null, AvailableUntil = null } },
        { "only an end of availability", b => b with { AvailableFrom = null, AvailableUntil = Day } },
        { "no shelf life", b => b with { ShelfLifeDays = null } },
        { "shelf life of 1 day", b => b with { ShelfLifeDays = 1 } },
        { "shelf life of 365 days", b => b with { ShelfLifeDays = 365 } },
        { "no delivery options", b => b with { Delivery = null } },
        { "pickup only, no radius", b => b with { Delivery = new DeliveryOptions(true, false, null, null) } },
        { "delivery within 500 miles", b => b with { Delivery = new DeliveryOptions(false, true, 500, null) } },
        { "free delivery", b => b with { Delivery = new DeliveryOptions(false, true, 10, new Money(0, "USD")) } },
        { "no cold chain flag", b => b with { ColdChainRequired = null } },
        { "location at the poles' limits", b => b with { Location = new LocationDto("X", "Y", "1", -90, 180) } },
        { "state and postal code at their limits", b => b with { Location = new LocationDto(Text(100), Text(50), Text(20), 0, 0) } },
        { "no sustainability", b => b with { Sustainability = null } },
        { "zero water and carbon", b => b with { Sustainability = new Sustainability(false, false, 0, 0) } },
        { "unknown water and carbon", b => b with { Sustainability = new Sustainability(false, false, null, null) } },
    };

    public static TheoryData<string, Func<CreateListingBody, CreateListingBody>, string> Invalid => new()
    {
        { "no harvest date", b => b with { HarvestDate = null }, "Body.HarvestDate" },
        { "available until before from", b => b with { AvailableFrom = Day, AvailableUntil = Day.AddDays(-1) }, "Body.AvailableUntil" },
        { "shelf life of 0 days", b => b with { ShelfLifeDays = 0 }, "Body.ShelfLifeDays" },
        { "shelf life of 366 days", b => b with { ShelfLifeDays = 366 }, "Body.ShelfLifeDays" },
        // The object-level rule is named "delivery" so that clients see errors["delivery"].
        { "neither pickup nor delivery", b => b with { Delivery = new DeliveryOptions(false, false, null, null) }, "Body.Delivery" },
        { "delivery without radius", b => b with { Delivery = new DeliveryOptions(true, true, null, null) }, "Body.Delivery.RadiusMiles" },
        { "delivery radius of 0", b => b with { Delivery = new DeliveryOptions(true, true, 0, null) }, "Body.Delivery.RadiusMiles" },
        { "delivery radius of 501", b => b with { Delivery = new DeliveryOptions(true, true, 501, null) }, "Body.Delivery.RadiusMiles" },
        { "negative delivery fee", b => b with { Delivery = new DeliveryOptions(true, true, 5, new Money(-1, "USD")) }, "Body.Delivery.Fee.Amount" },
        { "delivery fee without currency", b => b with { Delivery = new DeliveryOptions(true, true, 5, new Money(100, null!)) }, "Body.Delivery.Fee.Currency" },
        { "delivery fee in another currency", b => b with { Delivery = new DeliveryOptions(true, true, 5, new Money(100, "EUR")) }, "Body.delivery.fee.currency" },
        { "no location", b => b with { Location = null }, "Body.Location" },
        { "no city", b => b with { Location = b.Location! with { City = "" } }, "Body.Location.City" },
        { "city of 101 characters", b => b with { Location = b.Location! with { City = Text(101) } }, "Body.Location.City" },
        { "no state", b => b with { Location = b.Location! with { State = null } }, "Body.Location.State" },
        { "state of 51 characters", b => b with { Location = b.Location! with { State = Text(51) } }, "Body.Location.State" },
        { "no postal code", b => b with { Location = b.Location! with { PostalCode = " " } }, "Body.Location.PostalCode" },
        { "postal code of 21 characters", b => b with { Location = b.Location! with { PostalCode = Text(21) } }, "Body.Location.PostalCode" },
        { "no latitude", b => b with { Location = b.Location! with { Latitude = null } }, "Body.Location.Latitude" },
        { "latitude above 90", b => b with { Location = b.Location! with { Latitude = 90.01 } }, "Body.Location.Latitude" },
        { "no longitude", b => b with { Location = b.Location! with { Longitude = null } }, "Body.Location.Longitude" },
        { "longitude below -180", b => b with { Location = b.Location! with { Longitude = -180.01 } }, "Body.Location.Longitude" },
        { "negative water usage", b => b with { Sustainability = new Sustainability(true, true, -0.1m, 0) }, "Body.Sustainability.WaterUsageGalPerUnit" },
        { "negative carbon", b => b with { Sustainability = new Sustainability(true, true, 0, -0.1m) }, "Body.Sustainability.CarbonKgPerUnit" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void ListingBody_ValidDeliveryOrPlace_Passes(string @case, Func<CreateListingBody, CreateListingBody> change)
    {
        Assert.NotNull(@case);
        ValidationAssert.Passes(Validator, Command(change));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void ListingBody_InvalidDeliveryOrPlace_FailsOnThatProperty(string @case, Func<CreateListingBody, CreateListingBody> change, string property)
    {
        Assert.NotNull(@case);
        ValidationAssert.FailsOn(Validator, Command(change), property);
    }
}
