using Marketplace.Domain.Orders;

namespace Marketplace.Application.Orders;

/// <summary>One checkout of a cart: one order per grower, paid by one payment.</summary>
/// <param name="Id">The order group id.</param>
/// <param name="BuyerId">The buyer's marketplace user id.</param>
/// <param name="Orders">One order per grower; each is confirmed, shipped and refunded on its own.</param>
/// <param name="Total">The one payment: the sum of the orders' totals.</param>
/// <param name="PaymentStatus">Where the group's payment is.</param>
/// <param name="CreatedAt">When the cart was checked out (UTC).</param>
public sealed record OrderGroupResponse(Guid Id, Guid BuyerId, IReadOnlyList<OrderResponse> Orders, Money Total, PaymentStatus PaymentStatus,
    DateTimeOffset CreatedAt);

/// <summary>A checked-out cart and how to pay for it.</summary>
/// <param name="Group">The order group, holding the stock of every order.</param>
/// <param name="Payment">The one payment to complete, for the group's total.</param>
public sealed record CheckoutResponse(OrderGroupResponse Group, PaymentSession Payment);

internal static class OrderGroupMapping
{
    public static OrderGroupResponse ToResponse(this OrderGroup group, IEnumerable<Order> orders) =>
        new(group.Id, group.BuyerId, orders.OrderBy(o => o.Sequence).Select(o => o.ToResponse()).ToList(), new Money(group.Total, group.Currency),
            group.PaymentStatus, group.CreatedAt);
}
