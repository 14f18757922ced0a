using Marketplace.Domain.Orders;
using Marketplace.Domain.Users;
using Marketplace.UnitTests.Domain.Listings;
using ListingBuilder = Marketplace.UnitTests.Domain.Listings.Listings;

namespace Marketplace.UnitTests.Domain.Orders;

/// <summary>Orders in each state, from the listing builder's active listing (2450 a case, 10+ → 5 % off, 1500 delivery).</summary>
internal static class Orders
{
    public static readonly Guid Buyer = Guid.CreateVersion7();
    public static readonly DateTimeOffset Now = ListingBuilder.Now.AddDays(2);
    public static readonly Address NearSalinas = new("1 Main St", null, "Salinas", "CA", "93901", 36.70, -121.60);

    public static Order Place(decimal quantity = 10, DeliveryMethod delivery = DeliveryMethod.Delivery) =>
        Place(ListingBuilder.Active(), quantity, delivery);

    public static Order Place(Marketplace.Domain.Listings.Listing listing, decimal quantity = 10, DeliveryMethod delivery = DeliveryMethod.Delivery) =>
        Order.Place(1, Buyer, [new Order.Request(listing, quantity)],
            new OrderDelivery(delivery, delivery == DeliveryMethod.Delivery ? NearSalinas : null, null), null, 5, Now);

    /// <summary>An order moved to <paramref name="status"/> through the real transitions, with its listing.</summary>
    public static (Order Order, Marketplace.Domain.Listings.Listing Listing) In(OrderStatus status)
    {
        var listing = ListingBuilder.Active();
        var order = Place(listing);
        var listings = new Dictionary<Guid, Marketplace.Domain.Listings.Listing> { [listing.Id] = listing };
        if (status == OrderStatus.PendingPayment) return (order, listing);
        if (status == OrderStatus.Cancelled) { order.Cancel(OrderActor.Buyer, "changed my mind", listings, Buyer, Now); return (order, listing); }
        order.MarkPaid("pi_1", Now);
        if (status == OrderStatus.Pending) return (order, listing);
        order.Confirm(OrderActor.Grower, listings, ListingBuilder.Grower, Now);
        if (status == OrderStatus.Confirmed) return (order, listing);
        order.Ship(OrderActor.Grower, Now);
        if (status == OrderStatus.InTransit) return (order, listing);
        order.Deliver(OrderActor.Buyer, Now);
        if (status == OrderStatus.Delivered) return (order, listing);
        order.RecordRefund(OrderActor.Grower, order.Refundable, "spoiled", "re_1", Now);
        return (order, listing);
    }
}
