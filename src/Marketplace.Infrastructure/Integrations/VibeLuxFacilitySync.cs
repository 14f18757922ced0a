using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Integrations;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Integrations;

/// <summary>
/// Pulls facilities changed since the stored cursor, page by page, and imports each onto its owner's grower
/// profile (the same effect as a <c>facility.updated</c> event). The cursor advances page by page, so an
/// interrupted sync resumes where it stopped. A job rather than a command: it saves page by page itself.
/// </summary>
internal sealed class VibeLuxFacilitySync(MarketplaceDbContext db, IVibeLuxApi vibeLux, TimeProvider clock,
    ILogger<VibeLuxFacilitySync> logger) : IFacilitySync
{
    public const string StateName = "vibelux.facilities";
    private static readonly FacilityPayloadValidator Rules = new();

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

        int facilities = 0, updated = 0, rejected = 0;
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
                var facility = FacilityPayload.From(f);
                var check = Rules.Validate(facility);
                if (!check.IsValid)
                {
                    // One bad record must not stall the sync for everyone; it is skipped, counted and logged for VibeLux to fix.
                    rejected++;
                    logger.LogWarning("VibeLux facility {FacilityId} skipped: {Errors}", f.FacilityId, check.ToString("; "));
                }
                else if (growers.TryGetValue(f.OwnerUserId, out var grower))
                {
                    grower.ImportFacility(facility.ToFacility(now), facility.CertificationCodes, now);
                    updated++;
                }
                if (state.UpdatedSince is null || f.UpdatedAt > state.UpdatedSince) state.UpdatedSince = f.UpdatedAt;
            }
            state.LastRunAt = now;
            await db.SaveChangesAsync(cancellationToken);
            cursor = page.NextCursor;
        } while (cursor is not null);
        return new SyncResult(facilities, updated, state.UpdatedSince, rejected);
    }
}
