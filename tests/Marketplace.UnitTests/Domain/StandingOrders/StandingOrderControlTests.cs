using Marketplace.Domain.Common;
using Marketplace.Domain.StandingOrders;
using static Marketplace.UnitTests.Domain.StandingOrders.StandingOrderScheduleTests;

namespace Marketplace.UnitTests.Domain.StandingOrders;

/// <summary>The buyer's controls: pause, resume, skip-next, cancel, edit; and a cycle is recorded once.</summary>
public sealed class StandingOrderControlTests
{
    private static readonly DateOnly First = new(2027, 1, 12);

    [Fact]
    public void SkipNext_SkipsExactlyOneCycle()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);

        order.RequestSkipNext(Now);
        Assert.Equal(new DateOnly(2027, 1, 19), order.NextDeliveryOn);

        var placed = PlaceEveryDueCycle(order, Now.AddDays(28));

        Assert.Equal([new(2027, 1, 19), new(2027, 1, 26), new(2027, 2, 2)], placed);
        var skipped = Assert.Single(order.Cycles, c => c.Status == CycleStatus.Skipped);
        Assert.Equal(First, skipped.DeliveryDate);
        Assert.False(order.SkipNext);
    }

    [Fact]
    public void SkipNext_Twice_IsAConflict()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);
        order.RequestSkipNext(Now);
        Assert.Equal("already_skipping", Assert.Throws<DomainRuleException>(() => order.RequestSkipNext(Now)).Code);
    }

    [Fact]
    public void Paused_HasNoDueCycle_ResumedAfterADeliveryDay_RecordsItSkippedAndGoesOn()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);
        order.Pause(Now);

        Assert.Equal(StandingOrderStatus.Paused, order.Status);
        Assert.Null(order.DueCycleAt(Now.AddDays(7)));

        // Resumed on Wednesday 13 January: the 12th is gone, the 19th's window opens on the 17th.
        order.Resume(new DateTimeOffset(2027, 1, 13, 18, 0, 0, TimeSpan.Zero));

        var cycle = Assert.Single(order.Cycles);
        Assert.Equal((First, CycleStatus.Skipped, "paused"), (cycle.DeliveryDate, cycle.Status, cycle.Reason));
        Assert.Equal(new DateOnly(2027, 1, 19), order.NextDeliveryOn);
        Assert.Equal(StandingOrderStatus.Active, order.Status);
    }

    [Fact]
    public void Resume_WhenActive_IsAnInvalidTransition()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);
        Assert.Throws<InvalidTransitionException>(() => order.Resume(Now));
    }

    [Fact]
    public void Cancel_EndsTheCalendarAndIsFinal()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);
        order.Cancel(Now);

        Assert.Null(order.NextDeliveryOn);
        Assert.Null(order.DueCycleAt(Now.AddDays(7)));
        Assert.Throws<InvalidTransitionException>(() => order.Resume(Now));
        Assert.Throws<InvalidTransitionException>(() => order.Pause(Now));
    }

    [Fact]
    public void ACycle_IsRecordedOnce()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);
        order.RecordPlaced(First, [Guid.NewGuid()], Now);

        Assert.Equal("cycle_not_due", Assert.Throws<DomainRuleException>(() => order.RecordPlaced(First, [Guid.NewGuid()], Now)).Code);
        Assert.Single(order.Cycles);
    }

    [Fact]
    public void RecordedCycles_RaiseTheirEvents()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);
        var orderId = Guid.NewGuid();
        order.RecordPlaced(First, [orderId], Now);
        order.RecordSkipped(First.AddDays(7), "insufficient_stock", Now);

        Assert.Collection(order.DomainEvents,
            e => Assert.Equal(orderId, Assert.IsType<StandingOrderCyclePlaced>(e).OrderIds.Single()),
            e => Assert.Equal("insufficient_stock", Assert.IsType<StandingOrderCycleSkipped>(e).Reason));
    }

    [Fact]
    public void Edit_ChangesTheLinesForTheNextCycleAndKeepsTheHistory()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);
        var placedId = Guid.NewGuid();
        order.RecordPlaced(First, [placedId], Now);

        var listing = Guid.NewGuid();
        order.Edit([new StandingOrderLine(listing, 5)], Marketplace.Domain.Orders.DeliveryMethod.Pickup, null, "back door", Now);

        Assert.Equal(listing, Assert.Single(order.Lines).ListingId);
        Assert.Equal(placedId, Assert.Single(Assert.Single(order.Cycles).OrderIds));
        Assert.Equal(new DateOnly(2027, 1, 19), order.NextDeliveryOn);
    }

    [Fact]
    public void Edit_DuplicateListing_IsRefused()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);
        var listing = Guid.NewGuid();
        var error = Assert.Throws<DomainRuleException>(() => order.Edit(
            [new StandingOrderLine(listing, 1), new StandingOrderLine(listing, 2)], Marketplace.Domain.Orders.DeliveryMethod.Pickup, null, null, Now));
        Assert.Equal("duplicate_listing", error.Code);
    }

    [Fact]
    public void ArchivedListing_PausesTheStandingOrder()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);
        order.PauseForArchivedListing(Now);
        Assert.Equal(StandingOrderStatus.Paused, order.Status);
    }
}
