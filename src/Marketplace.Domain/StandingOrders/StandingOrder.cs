using Marketplace.Domain.Common;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Users;

namespace Marketplace.Domain.StandingOrders;

/// <summary>
/// A buyer's repeating order. The entity owns the calendar (see <see cref="StandingOrderSchedule"/>) and the
/// history of cycles: each delivery date is recorded once, placed or skipped, in order, so a cycle can never be
/// placed twice by this aggregate. Placing the orders themselves is the scheduler's job.
/// </summary>
public sealed partial class StandingOrder : Entity
{
    public const int DefaultLeadDays = 2;
    public const int MaxLeadDays = 14;

    private StandingOrder() { }

    public Guid BuyerId { get; private init; }
    public IReadOnlyList<StandingOrderLine> Lines => _lines;
    private List<StandingOrderLine> _lines = [];
    public StandingOrderFrequency Frequency { get; private init; }
    public DateOnly FirstDeliveryDate { get; private init; }
    public int LeadDays { get; private init; }
    public DeliveryMethod DeliveryMethod { get; private set; }
    public Address? DeliveryAddress { get; private set; }
    public string? Notes { get; private set; }
    public DateOnly? EndsOn { get; private init; }
    public PartialPolicy Partial { get; private init; }

    /// <summary>The IANA zone the calendar runs in (the grower's; see ADR 0053).</summary>
    public string TimeZoneId { get; private init; } = StandingOrderSchedule.DefaultTimeZone;
    public StandingOrderStatus Status { get; private set; }

    /// <summary>The next cycle is to be recorded skipped instead of placed; cleared once it is.</summary>
    public bool SkipNext { get; private set; }
    public IReadOnlyList<StandingOrderCycle> Cycles { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>
    /// When the next cycle's order window opens while the standing order is active (null otherwise): stored so the
    /// scheduler finds due standing orders with one indexed range scan instead of computing every calendar.
    /// </summary>
    public DateTimeOffset? DueAt { get; private set; }

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static StandingOrder Create(
        Guid buyerId, IReadOnlyList<StandingOrderLine> lines, StandingOrderFrequency frequency, DateOnly firstDeliveryDate,
        int leadDays, DeliveryMethod deliveryMethod, Address? deliveryAddress, string? notes, DateOnly? endsOn,
        PartialPolicy partial, string timeZoneId, DateTimeOffset now)
    {
        EnsureLines(lines);
        if (leadDays is < 0 or > MaxLeadDays)
            throw new DomainRuleException("invalid_lead_days", $"leadDays must be between 0 and {MaxLeadDays}.", ErrorKind.Validation, "leadDays");
        if (!StandingOrderSchedule.IsKnownZone(timeZoneId))
            throw new DomainRuleException("invalid_time_zone", $"'{timeZoneId}' is not a known time zone.", ErrorKind.Validation, "timeZone");
        if (endsOn is { } end && end < firstDeliveryDate)
            throw new DomainRuleException("invalid_ends_on", "endsOn cannot be before firstDeliveryDate.", ErrorKind.Validation, "endsOn");

        var order = new StandingOrder
        {
            BuyerId = buyerId, _lines = [.. lines], Frequency = frequency, FirstDeliveryDate = firstDeliveryDate,
            LeadDays = leadDays, DeliveryMethod = deliveryMethod, DeliveryAddress = deliveryAddress, Notes = notes,
            EndsOn = endsOn, Partial = partial, TimeZoneId = timeZoneId, Status = StandingOrderStatus.Active,
            CreatedAt = now, UpdatedAt = now,
        };
        // The first order must still be placeable: its window may have opened, but its delivery date must be ahead.
        if (firstDeliveryDate <= StandingOrderSchedule.LocalDate(now, order.Zone))
            throw new DomainRuleException("invalid_first_delivery_date", "firstDeliveryDate must be after today in the grower's time zone.", ErrorKind.Validation, "firstDeliveryDate");
        order.DueAt = order.NextDueAt();
        return order;
    }

    public StandingOrderActor? ActorFor(Guid userId, bool isAdmin, IReadOnlyCollection<Guid> growerIds) =>
        userId == BuyerId ? StandingOrderActor.Buyer
        : growerIds.Contains(userId) ? StandingOrderActor.Grower
        : isAdmin ? StandingOrderActor.Admin : null;

    private DateTimeOffset? NextDueAt() =>
        Status == StandingOrderStatus.Active && ScheduledDelivery is { } delivery ? OrderWindowOpens(delivery) : null;

    private static void EnsureLines(IReadOnlyList<StandingOrderLine> lines)
    {
        if (lines.Count == 0)
            throw new DomainRuleException("invalid_lines", "A standing order needs at least one line.", ErrorKind.Validation, "lines");
        if (lines.Any(l => l.Quantity <= 0))
            throw new DomainRuleException("invalid_quantity", "Every line's quantity must be at least 1.", ErrorKind.Validation, "lines");
        if (lines.Select(l => l.ListingId).Distinct().Count() != lines.Count)
            throw new DomainRuleException("duplicate_listing", "A listing may appear on one line only.", ErrorKind.Validation, "lines");
    }
}

/// <summary>How the caller relates to a standing order; only its buyer changes it.</summary>
public enum StandingOrderActor { Buyer, Grower, Admin }
