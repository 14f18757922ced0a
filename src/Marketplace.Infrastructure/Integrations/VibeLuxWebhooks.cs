using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Integrations;

/// <summary>
/// <c>X-VibeLux-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "{t}.{raw body}"&gt;</c> with
/// <c>Marketplace:Integration:WebhookSecret</c>; older than 300 s (either way) is refused.
/// </summary>
internal sealed class VibeLuxWebhooks(IOptions<IntegrationOptions> options, TimeProvider clock) : IVibeLuxWebhooks
{
    public const long ToleranceSeconds = 300;

    public VibeLuxEvent Verify(string payload, string? signatureHeader) => Verify(payload, signatureHeader, checkAge: true);

    public VibeLuxEvent VerifyQueued(string payload, string? signatureHeader) => Verify(payload, signatureHeader, checkAge: false);

    private VibeLuxEvent Verify(string payload, string? signatureHeader, bool checkAge)
    {
        var secret = options.Value.WebhookSecret;
        if (string.IsNullOrWhiteSpace(secret)) throw new UnverifiedCallerException("The VibeLux integration is not configured (Marketplace:Integration:WebhookSecret).");

        var parts = (signatureHeader ?? "").Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToLookup(p => p[0], p => p[1]);
        if (!long.TryParse(parts["t"].FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var timestamp))
            throw new UnverifiedCallerException("X-VibeLux-Signature is missing or has no timestamp.");
        if (checkAge && Math.Abs(clock.GetUtcNow().ToUnixTimeSeconds() - timestamp) > ToleranceSeconds)
            throw new UnverifiedCallerException("X-VibeLux-Signature is more than 5 minutes old.");

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        var matches = parts["v1"].Any(v => v.Length == expected.Length * 2 && IsHex(v)
            && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(v), expected));
        if (!matches) throw new UnverifiedCallerException("X-VibeLux-Signature does not match this body.");

        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            return new VibeLuxEvent(root.GetProperty("id").GetString() ?? "", root.GetProperty("type").GetString() ?? "",
                root.TryGetProperty("occurredAt", out var at) && at.TryGetDateTimeOffset(out var when) ? when : clock.GetUtcNow(),
                root.TryGetProperty("data", out var data) ? data.Clone() : default);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BadRequestException("invalid_event", "The body is not a VibeLux event { id, type, occurredAt, data }.");
        }
    }

    private static bool IsHex(string value) => value.Length % 2 == 0 && value.All(Uri.IsHexDigit);
}
