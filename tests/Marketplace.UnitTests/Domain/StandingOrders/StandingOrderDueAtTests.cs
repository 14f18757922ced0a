using Marketplace.Domain.StandingOrders;
using static Marketplace.UnitTests.Domain.StandingOrders.StandingOrderScheduleTests;

namespace Marketplace.UnitTests.Domain.StandingOrders;

/// <summary>The stored <c>DueAt</c> the scheduler scans on always follows the calendar and the status.</summary>
public sealed class StandingOrderDueAtTests
{
    private static readonly DateOnly First = new(2027, 1, 12);

    [Fact]
    public void DueAt_IsTheNextWindow_AndMovesOnWhenACycleIsRecorded()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);
        Assert.Equal(order.OrderWindowOpens(First), order.DueAt);

        order.RecordPlaced(First, [Guid.NewGuid()], Now);

        Assert.Equal(order.OrderWindowOpens(First.AddDays(7)), order.DueAt);
    }

    [Fact]
    public void DueAt_IsNullWhilePausedOrCancelled_AndBackOnResume()
    {
        var order = Create(StandingOrderFrequency.Weekly, First);
        order.Pause(Now);
        Assert.Null(order.DueAt);
        order.Resume(Now);
        Assert.Equal(order.OrderWindowOpens(First), order.DueAt);
        order.Cancel(Now);
        Assert.Null(order.DueAt);
    }

    [Fact]
    public void DueAt_IsNullOnceTheLastCycleBeforeEndsOnIsRecorded()
    {
        var order = Create(StandingOrderFrequency.Weekly, First, endsOn: First);
        order.RecordPlaced(First, [Guid.NewGuid()], Now);
        Assert.Null(order.DueAt);
    }
}
