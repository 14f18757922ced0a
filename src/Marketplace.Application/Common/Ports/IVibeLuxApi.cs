namespace Marketplace.Application.Common.Ports;

/// <summary>VibeLux core's API, for batch and manual data sync (<c>GET /api/facilities?updatedSince=…&amp;cursor=…</c>).</summary>
public interface IVibeLuxApi
{
    bool IsConfigured { get; }

    Task<FacilityPage> GetFacilitiesAsync(DateTimeOffset? updatedSince, string? cursor, CancellationToken cancellationToken);
}

public sealed record FacilityPage(IReadOnlyList<FacilityRecord> Items, string? NextCursor);

public sealed record FacilityRecord(
    string FacilityId, string OwnerUserId, string? Name, string? City, string? State, IReadOnlyList<FacilityRoom>? GrowRooms,
    IReadOnlyList<string>? Certifications, FacilityEnergy? Energy, DateTimeOffset UpdatedAt);

public sealed record FacilityRoom(string? Name, decimal? AreaSqFt, string? Crop);

public sealed record FacilityEnergy(decimal? RenewableSharePercent, decimal? KwhPerKg);

/// <summary>An external service the request needs could not be reached (503); nothing was changed.</summary>
public sealed class ExternalServiceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
