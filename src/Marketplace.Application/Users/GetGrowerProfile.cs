using FluentValidation;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Listings;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Users;

/// <summary>A grower's public profile, as buyers see it next to the grower's listings.</summary>
public sealed record GetGrowerProfileQuery(Guid GrowerId) : IQuery<PublicGrowerProfile>;

public sealed record GrowerLocation(string City, string State, string PostalCode, double? Latitude, double? Longitude);

public sealed record PublicGrowerProfile(
    Guid GrowerId,
    string FarmName,
    string? Description,
    GrowerLocation Location,
    IReadOnlyList<GrowingMethod> GrowingMethods,
    IReadOnlyList<string> Certifications,
    int? FacilitySizeSqFt,
    bool Verified,
    double AverageRating,
    int ReviewCount,
    int ActiveListings,
    DateTimeOffset MemberSince,
    Marketplace.Domain.Users.FacilityInfo? Facility);

public sealed class GetGrowerProfileValidator : AbstractValidator<GetGrowerProfileQuery>
{
    public GetGrowerProfileValidator() => RuleFor(q => q.GrowerId).NotEmpty();
}

public sealed class GetGrowerProfileHandler(IMarketplaceDbContext db) : IQueryHandler<GetGrowerProfileQuery, PublicGrowerProfile>
{
    public async ValueTask<PublicGrowerProfile> Handle(GetGrowerProfileQuery query, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking()
            .FirstOrDefaultAsync(u => u.Id == query.GrowerId && u.GrowerProfile != null, cancellationToken);
        if (user?.GrowerProfile is not { } g) throw new NotFoundException("Grower", query.GrowerId);

        var activeListings = await db.Listings
            .CountAsync(l => l.GrowerId == query.GrowerId && l.Status == ListingStatus.Active, cancellationToken);
        return new PublicGrowerProfile(user.Id, g.FarmName, g.Description,
            new GrowerLocation(g.City, g.State, g.PostalCode, g.Latitude, g.Longitude),
            g.GrowingMethods, g.Certifications, g.FacilitySizeSqFt, g.Verified, g.AverageRating, g.ReviewCount,
            activeListings, user.CreatedAt, g.Facility);
    }
}
