namespace Marketplace.Domain.Users;

/// <summary>What kind of business the buyer is.</summary>
public enum BusinessType { Restaurant, Grocery, Distributor, Institutional, Other }

/// <summary>A street address produce is delivered to.</summary>
/// <param name="Line1">Street and number.</param>
/// <param name="Line2">Suite, dock or floor, if any.</param>
/// <param name="City">City.</param>
/// <param name="State">State or region code, e.g. `CA`.</param>
/// <param name="PostalCode">Postal or ZIP code.</param>
/// <param name="Latitude">Latitude in degrees; growers check their delivery radius against it.</param>
/// <param name="Longitude">Longitude in degrees.</param>
public sealed record Address(string Line1, string? Line2, string City, string State, string PostalCode, double? Latitude, double? Longitude);

/// <summary>The buying side of a user: who they are and where produce goes by default.</summary>
public sealed class BuyerProfile
{
    private BuyerProfile() { }

    public BuyerProfile(string businessName, BusinessType businessType, Address deliveryAddress, SmsContact? sms = null)
    {
        BusinessName = businessName;
        BusinessType = businessType;
        DeliveryAddress = deliveryAddress;
        (Phone, SmsOptIn) = ((sms ?? SmsContact.None).Phone, (sms ?? SmsContact.None).OptIn);
    }

    public string BusinessName { get; private set; } = "";
    public BusinessType BusinessType { get; private set; }
    public Address DeliveryAddress { get; private set; } = null!;

    /// <summary>The buyer's phone in E.164 form; texted only when <see cref="SmsOptIn"/>.</summary>
    public string? Phone { get; private set; }
    public bool SmsOptIn { get; private set; }

    /// <summary>The number to text, or null when the buyer has not opted in.</summary>
    public string? TextableNumber => SmsOptIn ? Phone : null;
}
