using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Reviews;
using Marketplace.Domain.Users;
using Wire = Marketplace.Contracts;

namespace Marketplace.Application.Common.Events;

/// <summary>
/// Which domain events leave the module, under which public type (API.md §Integration), with what data: the records
/// of Marketplace.Contracts. The data is taken from the aggregate as it is being saved, so consumers rarely need to
/// read it back.
/// </summary>
public static class IntegrationEventCatalog
{
    public static (string Type, Guid AggregateId, Wire.IIntegrationEventData Data)? From(Entity aggregate, IDomainEvent domainEvent) =>
        Data(aggregate, domainEvent) is { } data ? (Wire.EventTypes.Of(data.Data), data.AggregateId, data.Data) : null;

    private static (Guid AggregateId, Wire.IIntegrationEventData Data)? Data(Entity aggregate, IDomainEvent domainEvent) => (aggregate, domainEvent) switch
    {
        (Listing l, ListingPublished) => (l.Id, ListingData<Wire.ListingPublished>(l)),
        (Listing l, ListingSoldOut) => (l.Id, ListingData<Wire.ListingSoldOut>(l)),
        (Listing l, ListingChanged) => (l.Id, ListingData<Wire.ListingUpdated>(l)),
        (Listing l, ListingLowStock e) => (l.Id, new Wire.InventoryLowStock(l.Id, l.GrowerId, l.Title, e.Available, e.Threshold)),
        (Order o, OrderPlaced) => (o.Id, OrderData<Wire.OrderPlaced>(o)),
        (Order o, OrderPaid) => (o.Id, OrderData<Wire.OrderPaid>(o)),
        (Order o, OrderConfirmed) => (o.Id, OrderData<Wire.OrderConfirmed>(o)),
        (Order o, OrderShipped) => (o.Id, OrderData<Wire.OrderShipped>(o)),
        (Order o, OrderDelivered) => (o.Id, OrderData<Wire.OrderDelivered>(o)),
        (Order o, OrderCancelled e) => (o.Id, new Wire.OrderCancelled(OrderData<Wire.OrderSnapshot>(o), EnumCode<OrderActor>.ToCode(e.By), e.Reason)),
        (Order o, OrderRefunded e) => (o.Id, new Wire.OrderRefunded(OrderData<Wire.OrderSnapshot>(o), new Wire.Money(e.Amount, o.Currency))),
        (OrderGroup g, OrderGroupPlaced) => (g.Id, GroupData<Wire.OrderGroupPlaced>(g)),
        (OrderGroup g, OrderGroupPaid) => (g.Id, GroupData<Wire.OrderGroupPaid>(g)),
        (MarketplaceUser u, GrowerProfileCreated) => (u.Id, new Wire.UserProfileCreated(u.Id, "grower")),
        (MarketplaceUser u, BuyerProfileCreated) => (u.Id, new Wire.UserProfileCreated(u.Id, "buyer")),
        (Review r, ReviewCreated) => (r.Id, new Wire.ReviewCreated(r.Id, r.OrderId, r.GrowerId, r.BuyerId, r.Rating)),
        _ => null,
    };

    private static T ListingData<T>(Listing l) where T : Wire.ListingSnapshot, new() =>
        new() { ListingId = l.Id, GrowerId = l.GrowerId, Title = l.Title, Status = EnumCode<ListingStatus>.ToCode(l.Status), Available = l.Available };

    private static T GroupData<T>(OrderGroup g) where T : Wire.OrderGroupSnapshot, new() =>
        new() { GroupId = g.Id, BuyerId = g.BuyerId, OrderIds = [.. g.OrderIds], Total = new Wire.Money(g.Total, g.Currency) };

    private static T OrderData<T>(Order o) where T : Wire.OrderSnapshot, new() => new()
    {
        OrderId = o.Id, Number = o.Number, BuyerId = o.BuyerId, GrowerId = o.GrowerId, Status = EnumCode<OrderStatus>.ToCode(o.Status),
        Total = new Wire.Money(o.Total, o.Currency), GrowerPayout = new Wire.Money(o.GrowerPayout, o.Currency),
    };
}
