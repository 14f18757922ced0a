namespace Marketplace.Contracts;

/// <summary>An order as its events show it; <c>status</c> is the API's code (<c>pending</c>, <c>in_transit</c>, …).</summary>
public record OrderSnapshot : IIntegrationEventData
{
    public Guid OrderId { get; init; }
    public string Number { get; init; } = "";
    public Guid BuyerId { get; init; }
    public Guid GrowerId { get; init; }
    public string Status { get; init; } = "";
    public Money Total { get; init; } = new(0, "");
    public Money GrowerPayout { get; init; } = new(0, "");
}

/// <summary><c>order.placed</c>: stock is reserved and the payment started.</summary>
public sealed record OrderPlaced : OrderSnapshot;

/// <summary><c>order.paid</c>: the payment succeeded; the grower has to confirm.</summary>
public sealed record OrderPaid : OrderSnapshot;

/// <summary><c>order.confirmed</c>: the grower accepted the order.</summary>
public sealed record OrderConfirmed : OrderSnapshot;

/// <summary><c>order.shipped</c>: the order is on its way.</summary>
public sealed record OrderShipped : OrderSnapshot;

/// <summary><c>order.delivered</c>: the buyer has it.</summary>
public sealed record OrderDelivered : OrderSnapshot;

/// <summary><c>order.cancelled</c>: by <c>buyer</c>, <c>grower</c>, <c>admin</c> or <c>system</c>, with the reason given.</summary>
public sealed record OrderCancelled(OrderSnapshot Order, string CancelledBy, string Reason) : IIntegrationEventData;

/// <summary><c>order.refunded</c>: this amount went back to the buyer (in full or in part).</summary>
public sealed record OrderRefunded(OrderSnapshot Order, Money Amount) : IIntegrationEventData;
