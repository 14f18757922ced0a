using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Integrations;

public sealed record SyncResult(int Facilities, int GrowersUpdated, DateTimeOffset? UpdatedSince);

/// <summary>
/// Pulls facilities changed since the stored cursor, page by page, and imports each onto its owner's grower
/// profile (the same effect as a <c>facility.updated</c> event). The cursor advances page by page, so an
/// interrupted sync resumes where it stopped.
/// </summary>
public sealed class VibeLuxFacilitySync(IMarketplaceDbContext db, IVibeLuxApi vibeLux, TimeProvider clock)
{
    public const string StateName = "vibelux.facilities";

    public async Task<SyncResult> RunAsync(CancellationToken cancellationToken)
    {
        if (!vibeLux.IsConfigured)
            throw new BadRequestException("sync_not_configured", "Set Marketplace:Integration:VibeLuxApiUrl (VIBELUX_API_URL) to sync from VibeLux.");
        var state = await db.SyncStates.FirstOrDefaultAsync(s => s.Name == StateName, cancellationToken);
        if (state is null)
        {
            state = new SyncState { Name = StateName };
            db.SyncStates.Add(state);
        }

        int facilities = 0, updated = 0;
        string? cursor = null;
        var since = state.UpdatedSince;
        do
        {
            var page = await vibeLux.GetFacilitiesAsync(since, cursor, cancellationToken);
            var owners = page.Items.Select(f => f.OwnerUserId).Distinct().ToList();
            var growers = await db.Users.Where(u => owners.Contains(u.ExternalId) && u.GrowerProfile != null).ToDictionaryAsync(u => u.ExternalId, cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var f in page.Items)
            {
                facilities++;
                if (growers.TryGetValue(f.OwnerUserId, out var grower))
                {
                    grower.ImportFacility(new FacilityInfo(f.FacilityId, f.Name ?? "", f.City, f.State,
                        [.. (f.GrowRooms ?? []).Select(r => new GrowRoom(r.Name ?? "", r.AreaSqFt, r.Crop))],
                        f.Energy?.RenewableSharePercent, f.Energy?.KwhPerKg, now), f.Certifications ?? [], now);
                    updated++;
                }
                if (state.UpdatedSince is null || f.UpdatedAt > state.UpdatedSince) state.UpdatedSince = f.UpdatedAt;
            }
            state.LastRunAt = now;
            await db.SaveChangesAsync(cancellationToken);
            cursor = page.NextCursor;
        } while (cursor is not null);
        return new SyncResult(facilities, updated, state.UpdatedSince);
    }
}
