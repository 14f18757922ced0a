using System.Text.Json;

namespace Marketplace.Application.Common.Ports;

/// <summary>Checks <c>X-VibeLux-Signature</c> (HMAC-SHA256 of "{t}.{raw body}", 300 s tolerance) and reads the event.</summary>
public interface IVibeLuxWebhooks
{
    /// <exception cref="UnverifiedCallerException">Signature missing, wrong or stale.</exception>
    VibeLuxEvent Verify(string payload, string? signatureHeader);

    /// <summary>
    /// The same check for an event that waited in a broker queue: the signature's age is not checked (a message may
    /// rightly wait longer than 5 minutes while the marketplace is down); replays are dropped by the inbox instead.
    /// </summary>
    /// <exception cref="UnverifiedCallerException">Signature missing or wrong.</exception>
    VibeLuxEvent VerifyQueued(string payload, string? signatureHeader);
}

/// <summary>An event from VibeLux core: <c>{ id, type, occurredAt, data }</c>.</summary>
public sealed record VibeLuxEvent(string Id, string Type, DateTimeOffset OccurredAt, JsonElement Data);

/// <summary>The caller could not prove who it is; nothing was done.</summary>
public sealed class UnverifiedCallerException(string message) : MarketplaceException("invalid_signature", ErrorKind.Unauthorized, message);
