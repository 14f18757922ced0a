
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

/// <summary>A grow room of a VibeLux facility.</summary>
/// <param name="Name">The room's name.</param>
/// <param name="AreaSqFt">Its growing area in square feet.</param>
/// <param name="Crop">What it grows.</param>
public sealed record FacilityRoom(string? Name, decimal? AreaSqFt, string? Crop);

/// <summary>How a VibeLux facility is powered.</summary>
/// <param name="RenewableSharePercent">Share of its energy from renewable sources, 0–100.</param>
/// <param name="KwhPerKg">Energy used per kilogram of produce.</param>
public sealed record FacilityEnergy(decimal? RenewableSharePercent, decimal? KwhPerKg);

/// <summary>An external service the request needs could not be reached; nothing was changed.</summary>
public sealed class ExternalServiceUnavailableException(string message, Exception? inner = null)
    : MarketplaceException("service_unavailable", ErrorKind.Unavailable, message, innerException: inner);
