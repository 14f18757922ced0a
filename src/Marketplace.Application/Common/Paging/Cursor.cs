using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Marketplace.Application.Common.Errors;

namespace Marketplace.Application.Common.Paging;

/// <summary>
/// An opaque keyset cursor: the sort it belongs to and the sort key of the last item returned.
/// Keyset paging (not offsets) means rows added between pages never cause repeats or gaps.
/// </summary>
public sealed record Cursor(string Sort, string? Key, Guid Id, int Rank = 0)
{
    public static Cursor For<TKey>(string sort, TKey key, Guid id, int rank = 0) where TKey : IFormattable =>
        new(sort, key.ToString(null, CultureInfo.InvariantCulture), id, rank);

    /// <summary>The sort key as the type the sort uses; a tampered key is a 400, not a 500.</summary>
    public TKey KeyAs<TKey>() where TKey : IParsable<TKey> =>
        TKey.TryParse(Key, CultureInfo.InvariantCulture, out var key) ? key : throw Invalid();

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static Cursor? Decode(string? value, string expectedSort)
    {
        if (string.IsNullOrEmpty(value)) return null;
        Cursor? cursor;
        try
        {
            cursor = JsonSerializer.Deserialize<Cursor>(Base64Url.DecodeFromChars(value));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw Invalid();
        }
        if (cursor is null || cursor.Sort != expectedSort) throw Invalid();
        return cursor;
    }

    private static BadRequestException Invalid() =>
        new("invalid_cursor", "The cursor is not one this endpoint issued for this sort; start again without it.", "cursor");
}

/// <summary>A page of results and the cursor for the next one (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
