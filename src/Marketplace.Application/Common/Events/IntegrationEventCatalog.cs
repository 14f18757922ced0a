using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Reviews;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Common.Events;

/// <summary>
/// Which domain events leave the module, under which public type (API.md §Integration), with what data.
/// The data is taken from the aggregate as it is being saved, so consumers rarely need to read it back.
/// </summary>
public static class IntegrationEventCatalog
{
    public static (string Type, Guid AggregateId, object Data)? From(Entity aggregate, IDomainEvent domainEvent) => (aggregate, domainEvent) switch
    {
        (Listing l, ListingPublished) => ("listing.published", l.Id, ListingData(l)),
        (Listing l, ListingSoldOut) => ("listing.sold_out", l.Id, ListingData(l)),
        (Listing l, ListingChanged) => ("listing.updated", l.Id, ListingData(l)),
        (Listing l, ListingLowStock e) => ("inventory.low_stock", l.Id, new { listingId = l.Id, growerId = l.GrowerId, title = l.Title, available = e.Available, threshold = e.Threshold }),
        (Order o, OrderPlaced) => ("order.placed", o.Id, OrderData(o)),
        (Order o, OrderPaid) => ("order.paid", o.Id, OrderData(o)),
        (Order o, OrderConfirmed) => ("order.confirmed", o.Id, OrderData(o)),
        (Order o, OrderShipped) => ("order.shipped", o.Id, OrderData(o)),
        (Order o, OrderDelivered) => ("order.delivered", o.Id, OrderData(o)),
        (Order o, OrderCancelled e) => ("order.cancelled", o.Id, new { order = OrderData(o), cancelledBy = EnumCode<OrderActor>.ToCode(e.By), reason = e.Reason }),
        (Order o, OrderRefunded e) => ("order.refunded", o.Id, new { order = OrderData(o), amount = new Money(e.Amount, o.Currency) }),
        (MarketplaceUser u, GrowerProfileCreated) => ("user.profile_created", u.Id, new { userId = u.Id, profile = "grower" }),
        (MarketplaceUser u, BuyerProfileCreated) => ("user.profile_created", u.Id, new { userId = u.Id, profile = "buyer" }),
        (Review r, ReviewCreated) => ("review.created", r.Id, new { reviewId = r.Id, orderId = r.OrderId, growerId = r.GrowerId, buyerId = r.BuyerId, rating = r.Rating }),
        _ => null,
    };

    private static object ListingData(Listing l) =>
        new { listingId = l.Id, growerId = l.GrowerId, title = l.Title, status = EnumCode<ListingStatus>.ToCode(l.Status), available = l.Available };

    private static object OrderData(Order o) => new
    {
        orderId = o.Id, number = o.Number, buyerId = o.BuyerId, growerId = o.GrowerId, status = EnumCode<OrderStatus>.ToCode(o.Status),
        total = new Money(o.Total, o.Currency), growerPayout = new Money(o.GrowerPayout, o.Currency),
    };
}
