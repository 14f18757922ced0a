using Marketplace.Application.Listings;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Users;

/// <summary>Creates or replaces the caller's grower profile (the farm buyers see).</summary>
/// <param name="FarmName">The farm's name as buyers see it (1–120 characters); renaming updates every listing.</param>
/// <param name="Description">What the farm grows and how (up to 4000 characters).</param>
/// <param name="City">City of the farm.</param>
/// <param name="State">State or region code of the farm, e.g. `CA`.</param>
/// <param name="PostalCode">Postal or ZIP code of the farm.</param>
/// <param name="Latitude">Latitude of the farm in degrees; give it with the longitude.</param>
/// <param name="Longitude">Longitude of the farm in degrees.</param>
/// <param name="GrowingMethods">How the farm grows its produce (at most 10).</param>
/// <param name="Certifications">Certification codes the farm holds, lower-case, e.g. `usda-organic`.</param>
/// <param name="FacilitySizeSqFt">Growing area in square feet.</param>
/// <param name="Phone">A mobile number in E.164 form (`+14155550123`) for text messages about new paid orders; never shown to buyers.</param>
/// <param name="SmsOptIn">Text this number when a paid order arrives (default false; needs `phone`).</param>
[AuthorizeRequest(Roles.Grower)]
public sealed record UpsertGrowerProfileCommand(
    string? FarmName,
    string? Description,
    string? City,
    string? State,
    string? PostalCode,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<GrowingMethod>? GrowingMethods,
    IReadOnlyList<string>? Certifications,
    int? FacilitySizeSqFt,
    string? Phone = null,
    bool? SmsOptIn = null) : ICommand<UserResponse>;

public sealed class UpsertGrowerProfileValidator : AbstractValidator<UpsertGrowerProfileCommand>
{
    public UpsertGrowerProfileValidator()
    {
        RuleFor(c => c.FarmName).NotEmpty().MaximumLength(120);
        RuleFor(c => c.Description).MaximumLength(4000);
        RuleFor(c => c.City).NotEmpty().MaximumLength(100);
        RuleFor(c => c.State).NotEmpty().MaximumLength(50);
        RuleFor(c => c.PostalCode).NotEmpty().MaximumLength(20);
        RuleFor(c => c.Latitude).InclusiveBetween(-90, 90);
        RuleFor(c => c.Longitude).InclusiveBetween(-180, 180);
        RuleFor(c => c.Longitude).NotNull().When(c => c.Latitude is not null).WithMessage("Give latitude and longitude together.");
        RuleFor(c => c.Latitude).NotNull().When(c => c.Longitude is not null).WithMessage("Give latitude and longitude together.");
        RuleFor(c => c.GrowingMethods).Must(m => m is null || m.Count <= 10).WithMessage("At most 10 growing methods.");
        RuleForEach(c => c.GrowingMethods).IsInEnum();
        RuleFor(c => c.Certifications).Must(m => m is null || m.Count <= ListingBodyValidator.MaxCertifications)
            .WithMessage($"At most {ListingBodyValidator.MaxCertifications} certifications.");
        RuleForEach(c => c.Certifications).NotEmpty().Matches(CommonRules.CodePattern).WithMessage("Use a lower-case code such as 'usda-organic'.");
        RuleFor(c => c.FacilitySizeSqFt).InclusiveBetween(1, 100_000_000);
        RuleFor(c => c.Phone).SmsPhone();
        RuleFor(c => c.SmsOptIn).SmsOptIn(c => c.Phone);
    }
}

public sealed class UpsertGrowerProfileHandler(IMarketplaceDbContext db, UserDirectory users, TimeProvider clock)
    : ICommandHandler<UpsertGrowerProfileCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(UpsertGrowerProfileCommand command, CancellationToken cancellationToken)
    {
        var user = await users.GetCallerAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var farmName = command.FarmName!.Trim();
        user.SetGrowerProfile(new GrowerProfileDetails(farmName, command.Description?.Trim(), command.City!.Trim(),
            command.State!.Trim(), command.PostalCode!.Trim(), command.Latitude, command.Longitude,
            command.GrowingMethods ?? [], command.Certifications ?? [], command.FacilitySizeSqFt,
            SmsContact.Of(command.Phone, command.SmsOptIn ?? false)), now);

        // The board searches by farm name, which each listing carries; keep them in step.
        var renamed = await db.Listings.Where(l => l.GrowerId == user.Id && l.FarmName != farmName).ToListAsync(cancellationToken);
        foreach (var listing in renamed) listing.RenameFarm(farmName, now);
        return user.ToResponse(users.Current.Roles);
    }
}
