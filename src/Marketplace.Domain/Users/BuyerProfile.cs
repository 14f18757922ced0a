namespace Marketplace.Domain.Users;

public enum BusinessType { Restaurant, Grocery, Distributor, Institutional, Other }

public sealed record Address(string Line1, string? Line2, string City, string State, string PostalCode, double? Latitude, double? Longitude);

/// <summary>The buying side of a user: who they are and where produce goes by default.</summary>
public sealed class BuyerProfile
{
    private BuyerProfile() { }

    public BuyerProfile(string businessName, BusinessType businessType, Address deliveryAddress)
    {
        BusinessName = businessName;
        BusinessType = businessType;
        DeliveryAddress = deliveryAddress;
    }

    public string BusinessName { get; private set; } = "";
    public BusinessType BusinessType { get; private set; }
    public Address DeliveryAddress { get; private set; } = null!;
}
