using System.Globalization;

namespace Marketplace.Application.Common.Paging;

/// <summary>
/// A keyset cursor: the sort it belongs to and the sort key of the last item returned.
/// Keyset paging (not offsets) means rows added between pages never cause repeats or gaps.
/// <see cref="CursorCodec"/> turns it into the signed string clients hold.
/// </summary>
public sealed record Cursor(string Sort, string? Key, Guid Id, double Rank = 0)
{
    public static Cursor For<TKey>(string sort, TKey key, Guid id, double rank = 0) where TKey : IFormattable =>
        new(sort, key.ToString(null, CultureInfo.InvariantCulture), id, rank);

    // Each read checks the key against the range of the type the sort compares with, so a key that parses but
    // cannot be a value of that type (ticks past year 9999, NaN) is a 400 before it reaches a constructor or the database.

    /// <summary>A key written from <see cref="DateTimeOffset.UtcTicks"/>.</summary>
    public DateTimeOffset KeyAsInstant()
    {
        var ticks = KeyAs<long>();
        return ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : throw Invalid();
    }

    /// <summary>A key written from <see cref="DateOnly.DayNumber"/>.</summary>
    public DateOnly KeyAsDay()
    {
        var day = KeyAs<int>();
        return day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(day) : throw Invalid();
    }

    /// <summary>A finite number (databases refuse to bind NaN or compare with infinities).</summary>
    public double KeyAsFinite()
    {
        var value = KeyAs<double>();
        return double.IsFinite(value) ? value : throw Invalid();
    }

    public long KeyAsWhole() => KeyAs<long>();

    /// <summary>A position (a page number or a ledger sequence), never negative.</summary>
    public int KeyAsPosition()
    {
        var value = KeyAs<int>();
        return value >= 0 ? value : throw Invalid();
    }

    private TKey KeyAs<TKey>() where TKey : IParsable<TKey> =>
        TKey.TryParse(Key, CultureInfo.InvariantCulture, out var key) ? key : throw Invalid();

    internal static BadRequestException Invalid() =>
        new("invalid_cursor", "The cursor is not one this endpoint issued for this sort; start again without it.", "cursor");
}

/// <summary>A page of results and the cursor for the next one (null on the last page).</summary>
/// <param name="Items">The results on this page.</param>
/// <param name="NextCursor">Pass it back as `cursor` for the next page; null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
