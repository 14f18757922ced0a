namespace Marketplace.Domain.StandingOrders;

public sealed partial class StandingOrder
{
    /// <summary>The delivery date the next recorded cycle belongs to, or null when the standing order has ended.</summary>
    private DateOnly? ScheduledDelivery => Within(StandingOrderSchedule.DeliveryDate(FirstDeliveryDate, Frequency, Cycles.Count));

    /// <summary>The next delivery the buyer will get (past a skipped one), or null when none is coming.</summary>
    public DateOnly? NextDeliveryOn =>
        Status == StandingOrderStatus.Cancelled ? null
        : SkipNext ? Within(StandingOrderSchedule.DeliveryDate(FirstDeliveryDate, Frequency, Cycles.Count + 1))
        : ScheduledDelivery;

    /// <summary>The local date on which the next delivery's order is placed (<c>leadDays</c> before it).</summary>
    public DateOnly? NextOrderOn => NextDeliveryOn?.AddDays(-LeadDays);

    /// <summary>When the order window of the cycle delivering on <paramref name="deliveryDate"/> opens.</summary>
    public DateTimeOffset OrderWindowOpens(DateOnly deliveryDate) =>
        StandingOrderSchedule.StartOfDay(deliveryDate.AddDays(-LeadDays), Zone);

    /// <summary>
    /// The cycle to record now, if any: only an active standing order has one, and only once its window has opened.
    /// A cycle whose delivery day has begun is missed; the scheduler records it and asks again for the next.
    /// </summary>
    public DueCycle? DueCycleAt(DateTimeOffset now)
    {
        if (Status != StandingOrderStatus.Active || ScheduledDelivery is not { } delivery || now < OrderWindowOpens(delivery))
            return null;
        if (SkipNext)
            return new DueCycle(delivery, DueCycleAction.SkipByBuyer);
        return now >= StandingOrderSchedule.StartOfDay(delivery, Zone)
            ? new DueCycle(delivery, DueCycleAction.Missed)
            : new DueCycle(delivery, DueCycleAction.Place);
    }

    /// <summary>Delivery dates from the next scheduled one up to <paramref name="until"/> (inclusive): the standing demand.</summary>
    public IEnumerable<DateOnly> UpcomingDeliveries(DateOnly until)
    {
        if (Status != StandingOrderStatus.Active)
            yield break;
        for (var index = Cycles.Count + (SkipNext ? 1 : 0); ; index++)
        {
            if (Within(StandingOrderSchedule.DeliveryDate(FirstDeliveryDate, Frequency, index)) is not { } date || date > until)
                yield break;
            yield return date;
        }
    }

    private DateOnly? Within(DateOnly date) => EndsOn is { } end && date > end ? null : date;
}
