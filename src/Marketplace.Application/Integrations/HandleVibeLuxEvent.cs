using Marketplace.Application.Listings;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Integrations;

/// <summary>What the marketplace did with a VibeLux event: `applied`, `duplicate` (already applied), `ignored` (a type it does not use) or `unknown_grower`.</summary>
public enum VibeLuxEventOutcome { Applied, Duplicate, Ignored, UnknownGrower }

/// <summary>
/// Applies a VibeLux core event once (by event id): <c>facility.updated</c> refreshes the owner's facility and
/// certifications; <c>harvest.completed</c> prepares one draft listing per harvest. Other types are ignored.
/// </summary>
[ValidationProblemCode("invalid_event")]
[AllowAnonymousRequest]
public sealed record HandleVibeLuxEventCommand(VibeLuxEvent Event) : ICommand<VibeLuxEventOutcome>
{
    public const string FacilityUpdated = "facility.updated";
    public const string HarvestCompleted = "harvest.completed";

    // Read once here so that the validator and the handler see the same payload.
    internal FacilityPayload? Facility { get; } = Event?.Type == FacilityUpdated ? VibeLuxPayload.Read<FacilityPayload>(Event.Data) : null;
    internal HarvestPayload? Harvest { get; } = Event?.Type == HarvestCompleted ? VibeLuxPayload.Read<HarvestPayload>(Event.Data) : null;
}

/// <summary>
/// An event's payload meets the same rules as a REST body; a refused event is not recorded as handled, so VibeLux can
/// send a corrected one with the same id.
/// </summary>
public sealed class HandleVibeLuxEventValidator : AbstractValidator<HandleVibeLuxEventCommand>
{
    private const string ShapeMessage = "The event's data is missing or does not have the documented shape.";

    public HandleVibeLuxEventValidator()
    {
        RuleFor(c => c.Event.Id).NotEmpty().MaximumLength(255).OverridePropertyName("id");
        RuleFor(c => c.Event.Type).NotEmpty().MaximumLength(100).OverridePropertyName("type");
        RuleFor(c => c.Facility).NotNull().WithMessage(ShapeMessage).OverridePropertyName("data")
            .When(c => c.Event.Type == HandleVibeLuxEventCommand.FacilityUpdated);
        RuleFor(c => c.Facility!).SetValidator(new FacilityPayloadValidator()).OverridePropertyName("data").When(c => c.Facility is not null);
        RuleFor(c => c.Harvest).NotNull().WithMessage(ShapeMessage).OverridePropertyName("data")
            .When(c => c.Event.Type == HandleVibeLuxEventCommand.HarvestCompleted);
        RuleFor(c => c.Harvest!).SetValidator(new HarvestPayloadValidator()).OverridePropertyName("data").When(c => c.Harvest is not null);
    }
}

public sealed class HandleVibeLuxEventHandler(IMarketplaceDbContext db, IInbox inbox, MarketplaceCurrency currency, TimeProvider clock)
    : ICommandHandler<HandleVibeLuxEventCommand, VibeLuxEventOutcome>
{
    public const string Consumer = "vibelux";

    public async ValueTask<VibeLuxEventOutcome> Handle(HandleVibeLuxEventCommand command, CancellationToken cancellationToken)
    {
        var e = command.Event;
        if (e.Type is not (HandleVibeLuxEventCommand.FacilityUpdated or HandleVibeLuxEventCommand.HarvestCompleted)) return VibeLuxEventOutcome.Ignored;
        if (!await inbox.TryStartAsync(Consumer, e.Id, cancellationToken)) return VibeLuxEventOutcome.Duplicate;

        var ownerId = command.Facility?.OwnerUserId ?? command.Harvest!.OwnerUserId;
        var owner = await db.Users.FirstOrDefaultAsync(u => u.ExternalId == ownerId && u.GrowerProfile != null, cancellationToken);
        if (owner is null) return VibeLuxEventOutcome.UnknownGrower;
        var now = clock.GetUtcNow();

        if (command.Facility is { } facility)
        {
            owner.ImportFacility(facility.ToFacility(now), facility.CertificationCodes, now);
            return VibeLuxEventOutcome.Applied;
        }

        var harvest = command.Harvest!;
        if (await db.Listings.AnyAsync(l => l.SourceHarvestId == harvest.HarvestId, cancellationToken)) return VibeLuxEventOutcome.Duplicate;
        db.Listings.Add(Listing.DraftFromHarvest(owner.Id, owner.GrowerProfile!.FarmName, harvest.HarvestId!,
            Details(harvest, owner.GrowerProfile, currency), Math.Max(0, harvest.Quantity ?? 0), now));
        return VibeLuxEventOutcome.Applied;
    }

    private static ListingDetails Details(HarvestPayload h, GrowerProfile profile, MarketplaceCurrency currency)
    {
        var category = EnumCode<Category>.TryParse(h.Category, out var c) ? c : Category.Specialty;
        var unit = EnumCode<Domain.Listings.Unit>.TryParse(h.Unit, out var u) ? u : Domain.Listings.Unit.Each;
        var title = string.Join(' ', new[] { h.Variety, h.ProductType }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new ListingDetails(
            Title: string.IsNullOrWhiteSpace(title) ? "Harvest" : title[..Math.Min(120, title.Length)],
            category, h.ProductType ?? "produce", h.Variety, $"Harvested {h.HarvestDate:yyyy-MM-dd}; prepared from VibeLux harvest {h.HarvestId}.",
            profile.GrowingMethods.Count > 0 ? profile.GrowingMethods[0] : default, profile.Certifications, Grade.A, unit, currency.Zero, [],
            MinimumOrderQuantity: 1, LowStockThreshold: 0, HarvestDate: h.HarvestDate ?? DateOnly.MinValue, null, null, null,
            new DeliveryOptions(Pickup: true, Delivery: false, null, null),
            new GeoLocation(profile.City, profile.State, profile.PostalCode, profile.Latitude ?? 0, profile.Longitude ?? 0),
            ColdChainRequired: false, Sustainability: null);
    }
}
