using Marketplace.Application.Users;
using Marketplace.Domain.Users;

namespace Marketplace.UnitTests.Application.Users;

public sealed class UpsertBuyerProfileValidatorTests
{
    private static readonly UpsertBuyerProfileValidator Validator = new();

    private static readonly AddressBody Address = new("1 Main St", "Suite 2", "Salinas", "CA", "93901", 36.67, -121.65);

    private static UpsertBuyerProfileCommand Buyer(AddressBody? address = null) =>
        new("Bistro", BusinessType.Restaurant, address ?? Address);

    private static string Text(int length) => new('x', length);

    public static TheoryData<string, UpsertBuyerProfileCommand> Valid => new()
    {
        { "the contract's example", Buyer() },
        { "business name of 120 characters", Buyer() with { BusinessName = Text(120) } },
        { "last business type", Buyer() with { BusinessType = BusinessType.Other } },
        { "no second line", Buyer(Address with { Line2 = null }) },
        { "lines at their limits", Buyer(Address with { Line1 = Text(200), Line2 = Text(200) }) },
        { "city, state, postal code at their limits", Buyer(Address with { City = Text(100), State = Text(50), PostalCode = Text(20) }) },
        { "no coordinates", Buyer(Address with { Latitude = null, Longitude = null }) },
        { "coordinates at the limits", Buyer(Address with { Latitude = -90, Longitude = 180 }) },
    };

    public static TheoryData<string, UpsertBuyerProfileCommand, string> Invalid => new()
    {
        { "no business name", Buyer() with { BusinessName = "" }, "BusinessName" },
        { "business name of 121 characters", Buyer() with { BusinessName = Text(121) }, "BusinessName" },
        { "no business type", Buyer() with { BusinessType = null }, "BusinessType" },
        { "business type out of range", Buyer() with { BusinessType = (BusinessType)999 }, "BusinessType" },
        { "no delivery address", Buyer() with { DeliveryAddress = null }, "DeliveryAddress" },
        { "no first line", Buyer(Address with { Line1 = null }), "DeliveryAddress.Line1" },
        { "first line of 201 characters", Buyer(Address with { Line1 = Text(201) }), "DeliveryAddress.Line1" },
        { "second line of 201 characters", Buyer(Address with { Line2 = Text(201) }), "DeliveryAddress.Line2" },
        { "no city", Buyer(Address with { City = " " }), "DeliveryAddress.City" },
        { "city of 101 characters", Buyer(Address with { City = Text(101) }), "DeliveryAddress.City" },
        { "no state", Buyer(Address with { State = null }), "DeliveryAddress.State" },
        { "state of 51 characters", Buyer(Address with { State = Text(51) }), "DeliveryAddress.State" },
        { "no postal code", Buyer(Address with { PostalCode = "" }), "DeliveryAddress.PostalCode" },
        { "postal code of 21 characters", Buyer(Address with { PostalCode = Text(21) }), "DeliveryAddress.PostalCode" },
        { "latitude above 90", Buyer(Address with { Latitude = 91 }), "DeliveryAddress.Latitude" },
        { "longitude below -180", Buyer(Address with { Longitude = -181 }), "DeliveryAddress.Longitude" },
        { "latitude without longitude", Buyer(Address with { Longitude = null }), "DeliveryAddress.Longitude" },
        { "longitude without latitude", Buyer(Address with { Latitude = null }), "DeliveryAddress.Latitude" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void UpsertBuyerProfile_ValidField_Passes(string @case, UpsertBuyerProfileCommand command)
    {
        Assert.NotNull(@case);
        ValidationAssert.Passes(Validator, command);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void UpsertBuyerProfile_InvalidField_FailsOnThatProperty(string @case, UpsertBuyerProfileCommand command, string property)
    {
        Assert.NotNull(@case);
        ValidationAssert.FailsOn(Validator, command, property);
    }
}
