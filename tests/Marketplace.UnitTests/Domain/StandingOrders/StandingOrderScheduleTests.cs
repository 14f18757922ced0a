using Marketplace.Domain.Common;
using Marketplace.Domain.Orders;
using Marketplace.Domain.StandingOrders;

namespace Marketplace.UnitTests.Domain.StandingOrders;

/// <summary>The calendar in America/Los_Angeles: delivery dates, order windows, the 31st, DST, endsOn.</summary>
public sealed class StandingOrderScheduleTests
{
    // Monday 4 January 2027, 04:00 in Los Angeles.
    internal static readonly DateTimeOffset Now = new(2027, 1, 4, 12, 0, 0, TimeSpan.Zero);

    internal static StandingOrder Create(
        StandingOrderFrequency frequency, DateOnly first, int leadDays = 2, DateOnly? endsOn = null, DateTimeOffset? now = null) =>
        StandingOrder.Create(Guid.NewGuid(), [new StandingOrderLine(Guid.NewGuid(), 3)], frequency, first, leadDays,
            DeliveryMethod.Delivery, new Marketplace.Domain.Users.Address("1 Main St", null, "Salinas", "CA", "93901", null, null), null, endsOn, PartialPolicy.Skip, StandingOrderSchedule.DefaultTimeZone, now ?? Now);

    /// <summary>Plays the scheduler: at each window that opens, records the due cycle placed; returns the placed dates.</summary>
    internal static List<DateOnly> PlaceEveryDueCycle(StandingOrder order, DateTimeOffset until)
    {
        var placed = new List<DateOnly>();
        while (order.NextDeliveryOn is { } next && order.OrderWindowOpens(next) <= until)
        {
            var at = order.OrderWindowOpens(next);
            var due = order.DueCycleAt(at)!;
            if (due.Action == DueCycleAction.Place)
            {
                order.RecordPlaced(due.DeliveryDate, [Guid.NewGuid()], at);
                placed.Add(due.DeliveryDate);
            }
            else
                order.RecordSkipped(due.DeliveryDate, due.Action.ToString(), at);
        }
        return placed;
    }

    [Fact]
    public void Weekly_OverFourWeeks_PlacesFourCyclesOnTheRightDates()
    {
        var order = Create(StandingOrderFrequency.Weekly, new DateOnly(2027, 1, 12));

        var placed = PlaceEveryDueCycle(order, Now.AddDays(28));

        Assert.Equal([new(2027, 1, 12), new(2027, 1, 19), new(2027, 1, 26), new(2027, 2, 2)], placed);
        Assert.Equal(new DateOnly(2027, 2, 9), order.NextDeliveryOn);
        Assert.Equal(new DateOnly(2027, 2, 7), order.NextOrderOn);
        Assert.All(order.Cycles, c => Assert.Equal(CycleStatus.Placed, c.Status));
    }

    [Fact]
    public void Weekly_OrderWindowOpensAtLocalMidnightLeadDaysBefore()
    {
        var order = Create(StandingOrderFrequency.Weekly, new DateOnly(2027, 1, 12));

        // Sunday 10 January 00:00 PST is 08:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 1, 10, 8, 0, 0, TimeSpan.Zero), order.OrderWindowOpens(new DateOnly(2027, 1, 12)));
        Assert.Null(order.DueCycleAt(new DateTimeOffset(2027, 1, 10, 7, 59, 59, TimeSpan.Zero)));
        Assert.Equal(DueCycleAction.Place, order.DueCycleAt(new DateTimeOffset(2027, 1, 10, 8, 0, 0, TimeSpan.Zero))!.Action);
    }

    [Fact]
    public void Biweekly_DeliversEveryFourteenDays()
    {
        var order = Create(StandingOrderFrequency.Biweekly, new DateOnly(2027, 1, 12));

        var placed = PlaceEveryDueCycle(order, Now.AddDays(35));

        Assert.Equal([new(2027, 1, 12), new(2027, 1, 26), new(2027, 2, 9)], placed);
    }

    [Fact]
    public void Monthly_OnThe31st_FallsBackToTheMonthsLastDayWithoutDrifting()
    {
        var order = Create(StandingOrderFrequency.Monthly, new DateOnly(2027, 1, 31));

        var placed = PlaceEveryDueCycle(order, new DateTimeOffset(2027, 5, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal([new(2027, 1, 31), new(2027, 2, 28), new(2027, 3, 31), new(2027, 4, 30)], placed);
        Assert.Equal(new DateOnly(2027, 5, 31), order.NextDeliveryOn);
    }

    [Fact]
    public void Monthly_InALeapYear_FebruaryEndsOnThe29th()
    {
        Assert.Equal(new DateOnly(2028, 2, 29), StandingOrderSchedule.DeliveryDate(new DateOnly(2028, 1, 31), StandingOrderFrequency.Monthly, 1));
    }

    [Fact]
    public void AcrossTheSpringDstChange_TheLocalTimeStaysMidnightAndTheUtcInstantMovesAnHour()
    {
        // DST starts in Los Angeles on Sunday 14 March 2027 at 02:00.
        var order = Create(StandingOrderFrequency.Weekly, new DateOnly(2027, 3, 10), leadDays: 1,
            now: new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 3, 9, 8, 0, 0, TimeSpan.Zero), order.OrderWindowOpens(new DateOnly(2027, 3, 10)));
        Assert.Equal(new DateTimeOffset(2027, 3, 16, 7, 0, 0, TimeSpan.Zero), order.OrderWindowOpens(new DateOnly(2027, 3, 17)));

        var placed = PlaceEveryDueCycle(order, new DateTimeOffset(2027, 3, 16, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal([new(2027, 3, 10), new(2027, 3, 17)], placed);
    }

    [Fact]
    public void AcrossTheAutumnDstChange_TheWindowOpensAtLocalMidnightInStandardTime()
    {
        // DST ends in Los Angeles on Sunday 7 November 2027 at 02:00.
        var order = Create(StandingOrderFrequency.Weekly, new DateOnly(2027, 11, 3), leadDays: 1,
            now: new DateTimeOffset(2027, 10, 25, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 11, 2, 7, 0, 0, TimeSpan.Zero), order.OrderWindowOpens(new DateOnly(2027, 11, 3)));
        Assert.Equal(new DateTimeOffset(2027, 11, 9, 8, 0, 0, TimeSpan.Zero), order.OrderWindowOpens(new DateOnly(2027, 11, 10)));
    }

    [Fact]
    public void EndsOn_NoCycleAfterIt()
    {
        var order = Create(StandingOrderFrequency.Weekly, new DateOnly(2027, 1, 12), endsOn: new DateOnly(2027, 1, 26));

        var placed = PlaceEveryDueCycle(order, Now.AddDays(60));

        Assert.Equal([new(2027, 1, 12), new(2027, 1, 19), new(2027, 1, 26)], placed);
        Assert.Null(order.NextDeliveryOn);
        Assert.Null(order.NextOrderOn);
        Assert.Null(order.DueCycleAt(Now.AddDays(60)));
    }

    [Fact]
    public void MissedWindow_DeliveryStillAhead_IsPlacedLate_DeliveryDayCome_IsMissed()
    {
        var order = Create(StandingOrderFrequency.Weekly, new DateOnly(2027, 1, 12));

        // Monday 11 January 23:59 local: the window opened on the 10th, the delivery is tomorrow.
        Assert.Equal(DueCycleAction.Place, order.DueCycleAt(new DateTimeOffset(2027, 1, 12, 7, 59, 0, TimeSpan.Zero))!.Action);
        // Tuesday 12 January 00:00 local: too late.
        var due = order.DueCycleAt(new DateTimeOffset(2027, 1, 12, 8, 0, 0, TimeSpan.Zero))!;
        Assert.Equal(new DueCycle(new DateOnly(2027, 1, 12), DueCycleAction.Missed), due);
    }

    [Fact]
    public void UpcomingDeliveries_ListsTheDatesUpToTheLimit()
    {
        var order = Create(StandingOrderFrequency.Weekly, new DateOnly(2027, 1, 12));

        Assert.Equal([new(2027, 1, 12), new(2027, 1, 19), new(2027, 1, 26)], order.UpcomingDeliveries(new DateOnly(2027, 1, 31)));
    }

    [Fact]
    public void Create_FirstDeliveryToday_IsRefusedNamingTheField()
    {
        var error = Assert.Throws<DomainRuleException>(() => Create(StandingOrderFrequency.Weekly, new DateOnly(2027, 1, 4)));
        Assert.Equal("firstDeliveryDate", Assert.Single(error.FieldErrors).Field);
    }

    [Fact]
    public void Create_UnknownTimeZone_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => StandingOrder.Create(Guid.NewGuid(), [new StandingOrderLine(Guid.NewGuid(), 1)],
            StandingOrderFrequency.Weekly, new DateOnly(2027, 1, 12), 2, DeliveryMethod.Pickup, null, null, null, PartialPolicy.Skip, "Mars/Olympus", Now));
        Assert.Equal("invalid_time_zone", error.Code);
    }
}
