using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Marketplace.Application.Common.Paging;

/// <summary>
/// Cursors travel as <c>{base64url JSON}.{base64url HMAC-SHA256 of that JSON}</c> under a server key, so a cursor a
/// client made up or edited is refused before anything in it is parsed (docs/decisions/0017).
/// </summary>
public sealed class CursorCodec(ICursorSigningKey signingKey)
{
    // Real cursors are about 150 characters; the cap keeps hostile input from costing more than a hash of 2 KB.
    private const int MaxLength = 2048;
    private const int MacBytes = 32;

    public async ValueTask<string> EncodeAsync(Cursor cursor, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(cursor);
        var key = await signingKey.GetAsync(cancellationToken);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, payload));
    }

    /// <summary>Null when there is no cursor (the first page); a 400 <c>invalid_cursor</c> for anything not issued for <paramref name="expectedSort"/>.</summary>
    public async ValueTask<Cursor?> DecodeAsync(string? value, string expectedSort, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (value.Length > MaxLength) throw Cursor.Invalid();
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || value.IndexOf('.', dot + 1) >= 0) throw Cursor.Invalid();
        var payload = FromBase64Url(value.AsSpan(0, dot));
        var mac = FromBase64Url(value.AsSpan(dot + 1));
        if (payload.Length == 0 || mac.Length != MacBytes) throw Cursor.Invalid();

        var key = await signingKey.GetAsync(cancellationToken);
        if (!CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(key, payload))) throw Cursor.Invalid();

        Cursor? cursor;
        try
        {
            cursor = JsonSerializer.Deserialize<Cursor>(payload);
        }
        catch (JsonException)
        {
            throw Cursor.Invalid();
        }
        return cursor is not null && cursor.Sort == expectedSort ? cursor : throw Cursor.Invalid();
    }

    /// <summary>
    /// Decodes only after checking every character and the length: the decoder throws on some malformed input
    /// (for example <c>%%</c>) instead of reporting failure.
    /// </summary>
    private static byte[] FromBase64Url(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text.Length % 4 == 1) throw Cursor.Invalid();
        foreach (var c in text)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) throw Cursor.Invalid();
        var bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        try
        {
            return Base64Url.TryDecodeFromChars(text, bytes, out var written) ? bytes[..written] : throw Cursor.Invalid();
        }
        catch (FormatException)
        {
            // Valid characters can still end in bits that no encoder writes (e.g. "ab"); the decoder throws for those.
            throw Cursor.Invalid();
        }
    }
}
