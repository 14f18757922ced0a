using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Users;

/// <summary>A marketplace user: the caller's account, roles and profiles.</summary>
/// <param name="Id">The marketplace user id: the `growerId` of a grower and the `buyerId` of a buyer everywhere.</param>
/// <param name="ExternalId">The VibeLux user id (the token's `sub`).</param>
/// <param name="Email">Email address, from the token.</param>
/// <param name="DisplayName">Name shown to the other side of an order, from the token.</param>
/// <param name="Roles">What the user may do here: `grower`, `buyer`, `admin`.</param>
/// <param name="GrowerProfile">The farm, once the user has set up selling; null before.</param>
/// <param name="BuyerProfile">The business, once the user has set up buying; null before.</param>
public sealed record UserResponse(
    Guid Id,
    string ExternalId,
    string? Email,
    string? DisplayName,
    IReadOnlyCollection<string> Roles,
    GrowerProfileResponse? GrowerProfile,
    BuyerProfileResponse? BuyerProfile);

/// <summary>The farm a grower sells as.</summary>
/// <param name="FarmName">The farm's name as buyers see it on listings.</param>
/// <param name="Description">What the farm grows and how, in its own words.</param>
/// <param name="City">City of the farm.</param>
/// <param name="State">State or region code of the farm.</param>
/// <param name="PostalCode">Postal or ZIP code of the farm.</param>
/// <param name="Latitude">Latitude of the farm in degrees.</param>
/// <param name="Longitude">Longitude of the farm in degrees.</param>
/// <param name="GrowingMethods">How the farm grows its produce.</param>
/// <param name="Certifications">Certification codes the farm holds, e.g. `usda-organic`.</param>
/// <param name="FacilitySizeSqFt">Growing area in square feet.</param>
/// <param name="Verified">The marketplace has verified the farm.</param>
/// <param name="AverageRating">Average review rating, 1–5 (0 before the first review).</param>
/// <param name="ReviewCount">Number of reviews buyers have left.</param>
/// <param name="Phone">The grower's number for text messages (E.164), or null; shown to the grower only.</param>
/// <param name="SmsOptIn">Whether the grower is texted about new paid orders.</param>
public sealed record GrowerProfileResponse(
    string FarmName,
    string? Description,
    string City,
    string State,
    string PostalCode,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<GrowingMethod> GrowingMethods,
    IReadOnlyList<string> Certifications,
    int? FacilitySizeSqFt,
    bool Verified,
    double AverageRating,
    int ReviewCount,
    string? Phone,
    bool SmsOptIn);

/// <summary>The business a buyer buys for.</summary>
/// <param name="BusinessName">The business's name as growers see it on orders.</param>
/// <param name="BusinessType">What kind of business it is.</param>
/// <param name="DeliveryAddress">Where orders are delivered unless an order names another address.</param>
/// <param name="Phone">The buyer's number for text messages (E.164), or null.</param>
/// <param name="SmsOptIn">Whether the buyer is texted when an order is confirmed, shipped or delivered.</param>
public sealed record BuyerProfileResponse(string BusinessName, BusinessType BusinessType, Address DeliveryAddress, string? Phone, bool SmsOptIn);

internal static class UserMapping
{
    public static UserResponse ToResponse(this MarketplaceUser user, IReadOnlyCollection<string> roles) => new(
        user.Id,
        user.ExternalId,
        user.Email,
        user.DisplayName,
        roles,
        user.GrowerProfile is { } g
            ? new GrowerProfileResponse(g.FarmName, g.Description, g.City, g.State, g.PostalCode, g.Latitude, g.Longitude,
                g.GrowingMethods, g.Certifications, g.FacilitySizeSqFt, g.Verified, g.AverageRating, g.ReviewCount, g.Phone, g.SmsOptIn)
            : null,
        user.BuyerProfile is { } b ? new BuyerProfileResponse(b.BusinessName, b.BusinessType, b.DeliveryAddress, b.Phone, b.SmsOptIn) : null);
}
