using Marketplace.Domain.Listings;
using Unit = Marketplace.Domain.Listings.Unit;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Orders;

/// <summary>One line of an order, as bought: a snapshot that later listing edits do not change.</summary>
/// <param name="ListingId">The listing the produce was bought from.</param>
/// <param name="Title">The listing's title when ordered.</param>
/// <param name="Unit">The unit the quantity counts.</param>
/// <param name="UnitPrice">Price per unit when ordered.</param>
/// <param name="Quantity">Units bought.</param>
/// <param name="PercentOff">Bulk discount applied to the line, in percent.</param>
/// <param name="LineTotal">Quantity × unit price less the discount.</param>
public sealed record OrderLineResponse(Guid ListingId, string Title, Unit Unit, Money UnitPrice, decimal Quantity, decimal PercentOff, Money LineTotal);

/// <summary>The state of the buyer's payment for an order.</summary>
/// <param name="Status">Where the payment is.</param>
/// <param name="AmountRefunded">How much has been refunded to the buyer so far.</param>
public sealed record OrderPaymentResponse(PaymentStatus Status, Money AmountRefunded);

/// <summary>One step in an order's history.</summary>
/// <param name="Status">The status the order entered.</param>
/// <param name="At">When it happened (UTC).</param>
/// <param name="Actor">Who did it: the buyer, the grower, an admin or the platform.</param>
/// <param name="Note">Why, when one was given (e.g. a cancellation reason).</param>
public sealed record TimelineEntry(OrderStatus Status, DateTimeOffset At, OrderActor Actor, string? Note);

/// <summary>An order: one buyer buying from one grower.</summary>
/// <param name="Id">The order id.</param>
/// <param name="Number">The human-readable order number, e.g. `MKT-000123`.</param>
/// <param name="BuyerId">The buyer's marketplace user id.</param>
/// <param name="GrowerId">The grower's marketplace user id.</param>
/// <param name="Status">Where the order is.</param>
/// <param name="Lines">What was bought, line by line.</param>
/// <param name="Subtotal">Sum of the line totals.</param>
/// <param name="DeliveryFee">The grower's delivery fee (zero for pickup).</param>
/// <param name="PlatformFee">The marketplace's commission, taken from the grower's share.</param>
/// <param name="Total">What the buyer pays: subtotal plus delivery fee.</param>
/// <param name="GrowerPayout">What the grower receives: total less the platform fee.</param>
/// <param name="DeliveryMethod">Delivered by the grower or picked up by the buyer.</param>
/// <param name="DeliveryAddress">Where the grower delivers; null for pickup orders.</param>
/// <param name="RequestedDeliveryDate">The day the buyer asked for the produce.</param>
/// <param name="Notes">The buyer's notes to the grower.</param>
/// <param name="Payment">The state of the buyer's payment.</param>
/// <param name="FlaggedForReview">A partial refund or dispute at the payment provider needs a person to look at the order.</param>
/// <param name="ConfirmBy">When a paid order not yet confirmed by its grower is cancelled and refunded; null once confirmed or when not paid.</param>
/// <param name="Timeline">Every status the order went through, oldest first.</param>
/// <param name="CreatedAt">When the order was placed (UTC).</param>
/// <param name="UpdatedAt">When the order last changed (UTC).</param>
public sealed record OrderResponse(
    Guid Id,
    string Number,
    Guid BuyerId,
    Guid GrowerId,
    OrderStatus Status,
    IReadOnlyList<OrderLineResponse> Lines,
    Money Subtotal,
    Money DeliveryFee,
    Money PlatformFee,
    Money Total,
    Money GrowerPayout,
    DeliveryMethod DeliveryMethod,
    Address? DeliveryAddress,
    DateOnly? RequestedDeliveryDate,
    string? Notes,
    OrderPaymentResponse Payment,
    bool FlaggedForReview,
    DateTimeOffset? ConfirmBy,
    IReadOnlyList<TimelineEntry> Timeline,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>What the buyer's app needs to take the payment.</summary>
/// <param name="Provider">The payment provider: `simulated` or `stripe`.</param>
/// <param name="Status">Where the payment is.</param>
/// <param name="ClientSecret">The secret the frontend confirms the payment with (Stripe.js); null when nothing is left to confirm.</param>
public sealed record PaymentSession(string Provider, PaymentStatus Status, string? ClientSecret);

/// <summary>A placed order and how to pay for it.</summary>
/// <param name="Order">The order, holding its stock.</param>
/// <param name="Payment">The payment to complete.</param>
public sealed record PlaceOrderResponse(OrderResponse Order, PaymentSession Payment);

internal static class OrderMapping
{
    public static OrderResponse ToResponse(this Order order)
    {
        Money M(long amount) => new(amount, order.Currency);
        return new OrderResponse(order.Id, order.Number, order.BuyerId, order.GrowerId, order.Status,
            order.Lines.Select(l => new OrderLineResponse(l.ListingId, l.Title, l.Unit, M(l.UnitPriceAmount), l.Quantity, l.PercentOff, M(l.LineTotal))).ToList(),
            M(order.Subtotal), M(order.DeliveryFee), M(order.PlatformFee), M(order.Total), M(order.GrowerPayout),
            order.Delivery.Method, order.Delivery.Address, order.Delivery.RequestedDate, order.Notes,
            new OrderPaymentResponse(order.PaymentStatus, M(order.AmountRefunded)), order.FlaggedForReview, order.ConfirmBy,
            order.Timeline.Select(e => new TimelineEntry(e.Status, e.At, e.Actor, e.Note)).ToList(),
            order.CreatedAt, order.UpdatedAt);
    }
}
