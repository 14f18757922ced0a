namespace Marketplace.Domain.StandingOrders;

/// <summary>A listing and how many units of it every cycle orders.</summary>
public sealed record StandingOrderLine(Guid ListingId, int Quantity);

/// <summary>
/// What became of one delivery date: the orders it placed, or why it was skipped. Kept for every cycle, so the
/// history shows the buyer and the grower each week that did not arrive and why.
/// </summary>
public sealed record StandingOrderCycle(
    DateOnly DeliveryDate, CycleStatus Status, string? Reason, IReadOnlyList<Guid> OrderIds, DateTimeOffset RecordedAt);

/// <summary>The cycle the scheduler should handle now and how: place it (on time or late) or record it missed.</summary>
public sealed record DueCycle(DateOnly DeliveryDate, DueCycleAction Action);

public enum DueCycleAction
{
    /// <summary>Its order window has opened and its delivery date is still ahead: place it (late if the window was missed).</summary>
    Place,
    /// <summary>The buyer asked to skip it.</summary>
    SkipByBuyer,
    /// <summary>Its delivery date has come without it being placed (the scheduler was down): too late to place.</summary>
    Missed,
}
