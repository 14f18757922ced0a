using Marketplace.Domain.Listings;

namespace Marketplace.Application.Users;

/// <summary>A grower's public profile, as buyers see it next to the grower's listings.</summary>
[AllowAnonymousRequest]
public sealed record GetGrowerProfileQuery(Guid GrowerId) : IQuery<PublicGrowerProfile>;

/// <summary>Where a farm is.</summary>
/// <param name="City">City of the farm.</param>
/// <param name="State">State or region code of the farm.</param>
/// <param name="PostalCode">Postal or ZIP code of the farm.</param>
/// <param name="Latitude">Latitude of the farm in degrees.</param>
/// <param name="Longitude">Longitude of the farm in degrees.</param>
public sealed record GrowerLocation(string City, string State, string PostalCode, double? Latitude, double? Longitude);

/// <summary>A grower as any buyer sees them.</summary>
/// <param name="GrowerId">The grower's marketplace user id, as `growerId` on listings and orders.</param>
/// <param name="FarmName">The farm's name.</param>
/// <param name="Description">What the farm grows and how, in its own words.</param>
/// <param name="Location">Where the farm is.</param>
/// <param name="GrowingMethods">How the farm grows its produce.</param>
/// <param name="Certifications">Certification codes the farm holds, e.g. `usda-organic`.</param>
/// <param name="FacilitySizeSqFt">Growing area in square feet.</param>
/// <param name="Verified">The marketplace has verified the farm.</param>
/// <param name="AverageRating">Average review rating, 1–5 (0 before the first review).</param>
/// <param name="ReviewCount">Number of reviews buyers have left.</param>
/// <param name="ActiveListings">Listings of the farm on the board now.</param>
/// <param name="MemberSince">When the grower started selling here.</param>
/// <param name="Facility">The grower's facility imported from VibeLux core; null when none has been imported.</param>
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
    public async ValueTask<PublicGrowerProfile> Handle(GetGrowerProfileQuery query, CancellationToken cancellationToken) =>
        (await GrowerProfiles.LoadAsync(db, [query.GrowerId], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("Grower", query.GrowerId);
}

/// <summary>The one read of public grower profiles: the users, then their active listings counted in one GROUP BY.</summary>
internal static class GrowerProfiles
{
    public static async Task<List<PublicGrowerProfile>> LoadAsync(IMarketplaceDbContext db, IReadOnlyList<Guid> growerIds, CancellationToken cancellationToken)
    {
        var ids = growerIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        var users = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.GrowerProfile != null).ToListAsync(cancellationToken);
        if (users.Count == 0) return [];

        var found = users.ConvertAll(u => u.Id);
        var active = await db.Listings.Where(l => found.Contains(l.GrowerId) && l.Status == ListingStatus.Active)
            .GroupBy(l => l.GrowerId).Select(g => new { GrowerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.GrowerId, g => g.Count, cancellationToken);
        return users.ConvertAll(user =>
        {
            var g = user.GrowerProfile!;
            return new PublicGrowerProfile(user.Id, g.FarmName, g.Description,
                new GrowerLocation(g.City, g.State, g.PostalCode, g.Latitude, g.Longitude),
                g.GrowingMethods, g.Certifications, g.FacilitySizeSqFt, g.Verified, g.AverageRating, g.ReviewCount,
                active.GetValueOrDefault(user.Id), user.CreatedAt, g.Facility);
        });
    }
}
