namespace Marketplace.Domain.StandingOrders;

/// <summary>
/// The calendar of a standing order, in the grower's time zone. Delivery dates are calendar dates (a Tuesday is a
/// Tuesday on both sides of a DST change); a cycle's order window opens at local midnight of
/// <c>deliveryDate - leadDays</c>, so the UTC instant moves by an hour across a DST change while the local time does not.
/// </summary>
public static class StandingOrderSchedule
{
    public const string DefaultTimeZone = "America/Los_Angeles";

    /// <summary>
    /// The <paramref name="index"/>th delivery date (0 = the first). Monthly keeps the first date's day of the month
    /// and falls back to the month's last day when the month is shorter (31 Jan → 28 Feb → 31 Mar), without drifting.
    /// </summary>
    public static DateOnly DeliveryDate(DateOnly first, StandingOrderFrequency frequency, int index) => frequency switch
    {
        StandingOrderFrequency.Weekly => first.AddDays(7 * index),
        StandingOrderFrequency.Biweekly => first.AddDays(14 * index),
        StandingOrderFrequency.Monthly => SameDayOrLast(first.AddMonths(index), first.Day),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };

    /// <summary>The instant a local date begins in <paramref name="zone"/> (the first valid local time when midnight is skipped).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A zone whose DST change happens at midnight has no 00:00 that day; the day then starts at the first valid minute.
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(30);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The local date of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static bool IsKnownZone(string? id) => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    private static DateOnly SameDayOrLast(DateOnly inMonth, int day) =>
        new(inMonth.Year, inMonth.Month, Math.Min(day, DateTime.DaysInMonth(inMonth.Year, inMonth.Month)));
}
