using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Orders;

public sealed record OrderLineResponse(Guid ListingId, string Title, Unit Unit, Money UnitPrice, decimal Quantity, decimal PercentOff, Money LineTotal);

public sealed record OrderPaymentResponse(PaymentStatus Status, Money AmountRefunded);

public sealed record TimelineEntry(OrderStatus Status, DateTimeOffset At, OrderActor Actor, string? Note);

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

public sealed record PaymentSession(string Provider, PaymentStatus Status, string? ClientSecret);

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
