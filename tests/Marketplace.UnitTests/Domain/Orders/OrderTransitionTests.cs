using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;

namespace Marketplace.UnitTests.Domain.Orders;

/// <summary>Every (state, action, actor): allowed, 403 (actor may never) or 409 (not in this state).</summary>
public sealed class OrderTransitionTests
{
    public enum Outcome { Allowed, Forbidden, InvalidTransition }

    private static readonly OrderStatus[] States = Enum.GetValues<OrderStatus>();
    private static readonly OrderActor[] People = [OrderActor.Buyer, OrderActor.Grower, OrderActor.Admin];

    private static readonly Dictionary<string, (OrderActor[] Actors, OrderStatus[] From)> Rules = new()
    {
        ["confirm"] = ([OrderActor.Grower, OrderActor.Admin], [OrderStatus.Pending]),
        ["ship"] = ([OrderActor.Grower, OrderActor.Admin], [OrderStatus.Confirmed]),
        ["deliver"] = ([OrderActor.Buyer, OrderActor.Grower, OrderActor.Admin], [OrderStatus.InTransit]),
        ["cancel"] = ([OrderActor.Buyer, OrderActor.Grower, OrderActor.Admin], [OrderStatus.PendingPayment, OrderStatus.Pending, OrderStatus.Confirmed]),
        ["refund"] = ([OrderActor.Grower, OrderActor.Admin], [OrderStatus.Delivered]),
    };

    public static TheoryData<string, OrderStatus, OrderActor, Outcome> Table()
    {
        var table = new TheoryData<string, OrderStatus, OrderActor, Outcome>();
        foreach (var (action, rule) in Rules)
            foreach (var state in States)
                foreach (var actor in People)
                    table.Add(action, state, actor,
                        !rule.Actors.Contains(actor) ? Outcome.Forbidden
                        : rule.From.Contains(state) ? Outcome.Allowed : Outcome.InvalidTransition);
        return table;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Transition_FollowsTheTable(string action, OrderStatus state, OrderActor actor, Outcome expected)
    {
        var (order, listing) = Orders.In(state);
        var listings = new Dictionary<Guid, Listing> { [listing.Id] = listing };
        var before = (order.Status, listing.OnHand, listing.Reserved, order.Timeline.Count);

        Action act = action switch
        {
            "confirm" => () => order.Confirm(actor, listings, Guid.Empty, Orders.Now),
            "ship" => () => order.Ship(actor, Orders.Now),
            "deliver" => () => order.Deliver(actor, Orders.Now),
            "cancel" => () => order.Cancel(actor, "reason", listings, Guid.Empty, Orders.Now),
            _ => () => order.RecordRefund(actor, order.EnsureRefundable(actor, null), "reason", "re_2", Orders.Now),
        };

        if (expected == Outcome.Allowed)
        {
            act();
            Assert.Equal(before.Count + 1, order.Timeline.Count);
            return;
        }
        var error = Assert.ThrowsAny<DomainRuleException>(act);
        Assert.Equal(expected == Outcome.Forbidden ? "action_not_allowed" : "invalid_transition", error.Code);
        Assert.Equal(before, (order.Status, listing.OnHand, listing.Reserved, order.Timeline.Count));
    }

    [Theory]
    [InlineData(OrderStatus.PendingPayment)]
    [InlineData(OrderStatus.Pending)]
    [InlineData(OrderStatus.Confirmed)]
    public void Cancel_GivesTheStockBack(OrderStatus state)
    {
        var (order, listing) = Orders.In(state);
        order.Cancel(OrderActor.Buyer, "no longer needed", new Dictionary<Guid, Listing> { [listing.Id] = listing }, Orders.Buyer, Orders.Now);

        Assert.Equal(100m, listing.Available);
        Assert.Equal(0m, listing.Reserved);
        Assert.Equal(state == OrderStatus.PendingPayment ? 0 : order.Total, order.Refundable);
    }

    [Fact]
    public void Refunds_AddUp_AndNeverExceedWhatWasPaid()
    {
        var (order, _) = Orders.In(OrderStatus.Delivered);

        order.RecordRefund(OrderActor.Grower, order.EnsureRefundable(OrderActor.Grower, 10000), "bruised", null, Orders.Now);
        Assert.Equal(PaymentStatus.PartiallyRefunded, order.PaymentStatus);
        Assert.Equal(OrderStatus.Delivered, order.Status);
        Assert.Equal("refund_exceeds_paid", Assert.Throws<DomainRuleException>(() => order.EnsureRefundable(OrderActor.Grower, 14776)).Code);

        order.RecordRefund(OrderActor.Grower, order.EnsureRefundable(OrderActor.Grower, 14775), "rest", null, Orders.Now);
        Assert.Equal(OrderStatus.Refunded, order.Status);
        Assert.Equal(PaymentStatus.Refunded, order.PaymentStatus);
        Assert.Equal(order.PlatformFee, order.PlatformFeeRefunded);
        Assert.Equal(order.PlatformFee, order.Refunds.Sum(r => r.FeeReturned));
    }

    [Fact]
    public void Place_WhenOneLineIsShort_ReservesNothing()
    {
        var plenty = Marketplace.UnitTests.Domain.Listings.Listings.Active(stock: 100);
        var scarce = Marketplace.UnitTests.Domain.Listings.Listings.Active(stock: 3);

        var error = Assert.Throws<DomainRuleException>(() => Order.Place(1, Orders.Buyer,
            [new Order.Request(plenty, 10), new Order.Request(scarce, 5)],
            new OrderDelivery(DeliveryMethod.Pickup, null, null), null, 5, Orders.Now));

        Assert.Equal("insufficient_stock", error.Code);
        Assert.Contains(scarce.Id.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(0m, plenty.Reserved);
        Assert.Equal(0m, scarce.Reserved);
    }
}
