using System.Text.Json;
using FluentValidation;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Listings;
using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Integrations;

public enum VibeLuxEventOutcome { Applied, Duplicate, Ignored, UnknownGrower }

/// <summary>
/// Applies a VibeLux core event once (by event id): <c>facility.updated</c> refreshes the owner's facility and
/// certifications; <c>harvest.completed</c> prepares one draft listing per harvest. Other types are ignored.
/// </summary>
public sealed record HandleVibeLuxEventCommand(VibeLuxEvent Event) : ICommand<VibeLuxEventOutcome>;

public sealed class HandleVibeLuxEventValidator : AbstractValidator<HandleVibeLuxEventCommand>
{
    public HandleVibeLuxEventValidator()
    {
        RuleFor(c => c.Event.Id).NotEmpty().MaximumLength(255).OverridePropertyName("id");
        RuleFor(c => c.Event.Type).NotEmpty().MaximumLength(100).OverridePropertyName("type");
    }
}

public sealed class HandleVibeLuxEventHandler(IMarketplaceDbContext db, IInbox inbox, MarketplaceCurrency currency, TimeProvider clock)
    : ICommandHandler<HandleVibeLuxEventCommand, VibeLuxEventOutcome>
{
    public const string Consumer = "vibelux";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<VibeLuxEventOutcome> Handle(HandleVibeLuxEventCommand command, CancellationToken cancellationToken)
    {
        var e = command.Event;
        if (e.Type is not ("facility.updated" or "harvest.completed")) return VibeLuxEventOutcome.Ignored;
        if (!await inbox.TryStartAsync(Consumer, e.Id, cancellationToken)) return VibeLuxEventOutcome.Duplicate;

        var data = Read<EventData>(e.Data);
        var owner = await db.Users.FirstOrDefaultAsync(u => u.ExternalId == data.OwnerUserId && u.GrowerProfile != null, cancellationToken);
        if (owner is null) return VibeLuxEventOutcome.UnknownGrower;
        var now = clock.GetUtcNow();

        if (e.Type == "facility.updated")
        {
            var facility = Read<FacilityData>(e.Data);
            owner.ImportFacility(new FacilityInfo(facility.FacilityId, facility.Name ?? "", facility.City, facility.State,
                [.. (facility.GrowRooms ?? []).Select(r => new GrowRoom(r.Name ?? "", r.AreaSqFt, r.Crop))],
                facility.Energy?.RenewableSharePercent, facility.Energy?.KwhPerKg, now), facility.Certifications ?? [], now);
            return VibeLuxEventOutcome.Applied;
        }

        var harvest = Read<HarvestData>(e.Data);
        if (string.IsNullOrWhiteSpace(harvest.HarvestId)) throw new BadRequestException("invalid_event", "harvest.completed needs data.harvestId.", "data.harvestId");
        if (await db.Listings.AnyAsync(l => l.SourceHarvestId == harvest.HarvestId, cancellationToken)) return VibeLuxEventOutcome.Duplicate;
        db.Listings.Add(Listing.DraftFromHarvest(owner.Id, owner.GrowerProfile!.FarmName, harvest.HarvestId,
            Details(harvest, owner.GrowerProfile, currency), Math.Max(0, harvest.Quantity ?? 0), now));
        return VibeLuxEventOutcome.Applied;
    }

    private static ListingDetails Details(HarvestData h, GrowerProfile profile, MarketplaceCurrency currency)
    {
        var category = EnumCode<Category>.TryParse(h.Category, out var c) ? c : Category.Specialty;
        var unit = EnumCode<Domain.Listings.Unit>.TryParse(h.Unit, out var u) ? u : Domain.Listings.Unit.Each;
        var title = string.Join(' ', new[] { h.Variety, h.ProductType }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new ListingDetails(
            Title: string.IsNullOrWhiteSpace(title) ? "Harvest" : title[..Math.Min(120, title.Length)],
            category, h.ProductType ?? "produce", h.Variety, $"Harvested {h.HarvestDate:yyyy-MM-dd}; prepared from VibeLux harvest {h.HarvestId}.",
            profile.GrowingMethods.FirstOrDefault(), profile.Certifications, Grade.A, unit, currency.Zero, [],
            MinimumOrderQuantity: 1, LowStockThreshold: 0, HarvestDate: h.HarvestDate ?? DateOnly.MinValue, null, null, null,
            new DeliveryOptions(Pickup: true, Delivery: false, null, null),
            new GeoLocation(profile.City, profile.State, profile.PostalCode, profile.Latitude ?? 0, profile.Longitude ?? 0),
            ColdChainRequired: false, Sustainability: null);
    }

    private static T Read<T>(JsonElement data)
    {
        try
        {
            return data.Deserialize<T>(Json) ?? throw new BadRequestException("invalid_event", "The event has no data.", "data");
        }
        catch (JsonException)
        {
            throw new BadRequestException("invalid_event", "The event's data does not have the documented shape.", "data");
        }
    }

    private sealed record EventData(string? OwnerUserId);

    private sealed record FacilityData(string FacilityId, string? Name, string? City, string? State, List<RoomData>? GrowRooms,
        List<string>? Certifications, EnergyData? Energy);

    private sealed record RoomData(string? Name, decimal? AreaSqFt, string? Crop);

    private sealed record EnergyData(decimal? RenewableSharePercent, decimal? KwhPerKg);

    private sealed record HarvestData(string? FacilityId, string? HarvestId, string? ProductType, string? Variety, string? Category,
        decimal? Quantity, string? Unit, DateOnly? HarvestDate);
}
