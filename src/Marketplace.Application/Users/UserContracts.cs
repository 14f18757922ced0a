using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Users;

public sealed record UserResponse(
    Guid Id,
    string ExternalId,
    string? Email,
    string? DisplayName,
    IReadOnlyCollection<string> Roles,
    GrowerProfileResponse? GrowerProfile,
    BuyerProfileResponse? BuyerProfile);

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
    int ReviewCount);

public sealed record BuyerProfileResponse(string BusinessName, BusinessType BusinessType, Address DeliveryAddress);

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
                g.GrowingMethods, g.Certifications, g.FacilitySizeSqFt, g.Verified, g.AverageRating, g.ReviewCount)
            : null,
        user.BuyerProfile is { } b ? new BuyerProfileResponse(b.BusinessName, b.BusinessType, b.DeliveryAddress) : null);
}
