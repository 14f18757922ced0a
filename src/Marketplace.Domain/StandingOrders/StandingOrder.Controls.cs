using Marketplace.Domain.Common;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Users;

namespace Marketplace.Domain.StandingOrders;

public sealed partial class StandingOrder
{
    public void Pause(DateTimeOffset now)
    {
        EnsureStatus("paused", StandingOrderStatus.Active);
        Status = StandingOrderStatus.Paused;
        Touch(now);
    }

    /// <summary>
    /// Deliveries whose day came while paused are recorded skipped ("paused"), so resuming never places a
    /// cycle for a date already gone; a cycle whose window opened but whose date is ahead is still placed.
    /// </summary>
    public void Resume(DateTimeOffset now)
    {
        EnsureStatus("resumed", StandingOrderStatus.Paused);
        Status = StandingOrderStatus.Active;
        while (ScheduledDelivery is { } delivery && now >= StandingOrderSchedule.StartOfDay(delivery, Zone))
            Append(delivery, CycleStatus.Skipped, "paused", [], now);
        Touch(now);
    }

    public void RequestSkipNext(DateTimeOffset now)
    {
        EnsureStatus("skipped", StandingOrderStatus.Active, StandingOrderStatus.Paused);
        if (SkipNext)
            throw new DomainRuleException("already_skipping", "The next cycle is already to be skipped.");
        if (ScheduledDelivery is null)
            throw new DomainRuleException("no_next_cycle", "This standing order has no cycle left to skip.");
        SkipNext = true;
        Touch(now);
    }

    public void Cancel(DateTimeOffset now)
    {
        EnsureStatus("cancelled", StandingOrderStatus.Active, StandingOrderStatus.Paused);
        Status = StandingOrderStatus.Cancelled;
        SkipNext = false;
        Touch(now);
    }

    /// <summary>New lines and delivery details; recorded cycles keep what they placed, so the change applies from the next cycle.</summary>
    public void Edit(IReadOnlyList<StandingOrderLine> lines, DeliveryMethod deliveryMethod, Address? deliveryAddress, string? notes, DateTimeOffset now)
    {
        EnsureStatus("edited", StandingOrderStatus.Active, StandingOrderStatus.Paused);
        EnsureLines(lines);
        _lines = [.. lines];
        DeliveryMethod = deliveryMethod;
        DeliveryAddress = deliveryAddress;
        Notes = notes;
        Touch(now);
    }

    public void RecordPlaced(DateOnly deliveryDate, IReadOnlyList<Guid> orderIds, DateTimeOffset now)
    {
        if (orderIds.Count == 0)
            throw new ArgumentException("A placed cycle has at least one order.", nameof(orderIds));
        Append(deliveryDate, CycleStatus.Placed, null, orderIds, now);
        Raise(new StandingOrderCyclePlaced(Id, deliveryDate, [.. orderIds], now));
        Touch(now);
    }

    /// <summary>Records the cycle skipped; a skip the buyer asked for also clears <see cref="SkipNext"/>.</summary>
    public void RecordSkipped(DateOnly deliveryDate, string reason, DateTimeOffset now)
    {
        Append(deliveryDate, CycleStatus.Skipped, reason, [], now);
        SkipNext = false;
        Raise(new StandingOrderCycleSkipped(Id, deliveryDate, reason, now));
        Touch(now);
    }

    /// <summary>A listing in it was archived: no later cycle could be placed whole until the buyer edits the lines.</summary>
    public void PauseForArchivedListing(DateTimeOffset now)
    {
        if (Status == StandingOrderStatus.Active)
        {
            Status = StandingOrderStatus.Paused;
            Touch(now);
        }
    }

    private void Append(DateOnly deliveryDate, CycleStatus status, string? reason, IReadOnlyList<Guid> orderIds, DateTimeOffset now)
    {
        // Cycles are recorded strictly in calendar order, one per date: a second record of a date is refused here.
        if (ScheduledDelivery != deliveryDate)
            throw new DomainRuleException("cycle_not_due", $"The cycle of {deliveryDate:yyyy-MM-dd} is not the next one to record.");
        Cycles = [.. Cycles, new StandingOrderCycle(deliveryDate, status, reason, [.. orderIds], now)];
    }

    private void EnsureStatus(string action, params StandingOrderStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw new InvalidTransitionException("standing order", Status.ToString().ToLowerInvariant(), action);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
        DueAt = NextDueAt();
    }
}
