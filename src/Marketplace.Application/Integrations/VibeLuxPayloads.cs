using System.Text.Json;
using Marketplace.Application.Listings;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Integrations;

/// <summary>The <c>data</c> of a <c>facility.updated</c> event (and one facility of the batch pull).</summary>
/// <param name="OwnerUserId">The VibeLux user who owns the facility: the grower whose profile it updates.</param>
/// <param name="FacilityId">VibeLux's id of the facility.</param>
/// <param name="Name">The facility's name shown on the grower's profile.</param>
/// <param name="City">City of the facility.</param>
/// <param name="State">State or region of the facility.</param>
/// <param name="GrowRooms">The facility's grow rooms (at most 200).</param>
/// <param name="Certifications">Certification codes such as `usda-organic`, added to the grower's profile.</param>
/// <param name="Energy">How the facility is powered.</param>
public sealed record FacilityPayload(string? OwnerUserId, string? FacilityId, string? Name, string? City, string? State,
    List<FacilityRoom?>? GrowRooms, List<string?>? Certifications, FacilityEnergy? Energy)
{
    public FacilityInfo ToFacility(DateTimeOffset now) => new(FacilityId!, Name ?? "", City, State,
        [.. (GrowRooms ?? []).Select(r => new GrowRoom(r!.Name ?? "", r.AreaSqFt, r.Crop))],
        Energy?.RenewableSharePercent, Energy?.KwhPerKg, now);

    /// <summary>The certification codes without empty entries; derived, never sent.</summary>
    public IReadOnlyList<string> CertificationCodes => [.. (Certifications ?? []).Select(c => c!)];

    public static FacilityPayload From(FacilityRecord f) => new(f.OwnerUserId, f.FacilityId, f.Name, f.City, f.State,
        f.GrowRooms?.ToList<FacilityRoom?>(), f.Certifications?.ToList<string?>(), f.Energy);
}

/// <summary>The <c>data</c> of a <c>harvest.completed</c> event: it becomes a draft listing for the grower.</summary>
/// <param name="OwnerUserId">The VibeLux user who owns the facility: the grower the draft is for.</param>
/// <param name="FacilityId">VibeLux's id of the facility that harvested.</param>
/// <param name="HarvestId">VibeLux's id of the harvest; one draft listing per harvest.</param>
/// <param name="ProductType">What was harvested, e.g. `lettuce`.</param>
/// <param name="Variety">The variety, e.g. `Butterhead`.</param>
/// <param name="Category">The board category, e.g. `leafy-greens`.</param>
/// <param name="Quantity">How much was harvested, in `unit`; the draft's opening stock.</param>
/// <param name="Unit">The unit of `quantity`, e.g. `case`.</param>
/// <param name="HarvestDate">The day of the harvest.</param>
public sealed record HarvestPayload(string? OwnerUserId, string? FacilityId, string? HarvestId, string? ProductType, string? Variety,
    string? Category, decimal? Quantity, string? Unit, DateOnly? HarvestDate);

/// <summary>
/// Facility data from VibeLux, by event or by the batch pull, meets the rules a grower's own REST body meets: what it
/// writes is later read back by the board, so one bad entry would fail every read of it.
/// </summary>
public sealed class FacilityPayloadValidator : AbstractValidator<FacilityPayload>
{
    public FacilityPayloadValidator()
    {
        RuleFor(f => f.OwnerUserId).NotEmpty().MaximumLength(255);
        RuleFor(f => f.FacilityId).NotEmpty().MaximumLength(100);
        RuleFor(f => f.Name).MaximumLength(120);
        RuleFor(f => f.City).MaximumLength(100);
        RuleFor(f => f.State).MaximumLength(50);
        RuleFor(f => f.GrowRooms).Must(r => r is null || r.Count <= 200).WithMessage("At most 200 grow rooms.");
        RuleForEach(f => f.GrowRooms).NotNull().ChildRules(room =>
        {
            room.RuleFor(r => r!.Name).MaximumLength(100);
            room.RuleFor(r => r!.Crop).MaximumLength(100);
            room.RuleFor(r => r!.AreaSqFt).InclusiveBetween(0, 100_000_000);
        });
        RuleFor(f => f.Certifications).Must(c => c is null || c.Count <= ListingBodyValidator.MaxCertifications)
            .WithMessage($"At most {ListingBodyValidator.MaxCertifications} certifications.");
        RuleForEach(f => f.Certifications).NotEmpty().Matches(CommonRules.CodePattern).WithMessage("Use a lower-case code such as 'usda-organic'.");
        RuleFor(f => f.Energy!.RenewableSharePercent).InclusiveBetween(0, 100).When(f => f.Energy is not null);
        RuleFor(f => f.Energy!.KwhPerKg).InclusiveBetween(0, 1_000_000).When(f => f.Energy is not null);
    }
}

/// <summary>A harvest becomes a draft listing, so its fields keep to the listing body's lengths and ranges.</summary>
public sealed class HarvestPayloadValidator : AbstractValidator<HarvestPayload>
{
    public HarvestPayloadValidator()
    {
        RuleFor(h => h.OwnerUserId).NotEmpty().MaximumLength(255);
        RuleFor(h => h.FacilityId).MaximumLength(100);
        RuleFor(h => h.HarvestId).NotEmpty().MaximumLength(100);
        RuleFor(h => h.ProductType).MaximumLength(60);
        RuleFor(h => h.Variety).MaximumLength(60);
        RuleFor(h => h.Category).MaximumLength(50);
        RuleFor(h => h.Unit).MaximumLength(50);
        RuleFor(h => h.Quantity).InclusiveBetween(0, ListingBodyValidator.MaxQuantity);
    }
}

internal static class VibeLuxPayload
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The event's <c>data</c> as <typeparamref name="T"/>; null when it is missing, not an object or of the wrong shape.</summary>
    public static T? Read<T>(JsonElement data) where T : class
    {
        if (data.ValueKind != JsonValueKind.Object) return null;
        try
        {
            return data.Deserialize<T>(Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
