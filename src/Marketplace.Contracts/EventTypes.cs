namespace Marketplace.Contracts;

/// <summary>
/// The public names of the integration events (API.md §Integration with VibeLux core), each with the record its
/// <c>data</c> holds. A name never changes meaning: a breaking change gets a new name (ADR 37).
/// </summary>
public static class EventTypes
{
    public const string ListingPublished = "listing.published";
    public const string ListingSoldOut = "listing.sold_out";
    public const string ListingUpdated = "listing.updated";
    public const string InventoryLowStock = "inventory.low_stock";
    public const string OrderPlaced = "order.placed";
    public const string OrderPaid = "order.paid";
    public const string OrderConfirmed = "order.confirmed";
    public const string OrderShipped = "order.shipped";
    public const string OrderDelivered = "order.delivered";
    public const string OrderCancelled = "order.cancelled";
    public const string OrderRefunded = "order.refunded";
    public const string OrderGroupPlaced = "order_group.placed";
    public const string OrderGroupPaid = "order_group.paid";
    public const string ReviewCreated = "review.created";
    public const string UserProfileCreated = "user.profile_created";

    /// <summary>Every event type and the record of its <c>data</c>.</summary>
    public static IReadOnlyDictionary<string, Type> DataTypes { get; } = new Dictionary<string, Type>
    {
        [ListingPublished] = typeof(Contracts.ListingPublished),
        [ListingSoldOut] = typeof(Contracts.ListingSoldOut),
        [ListingUpdated] = typeof(Contracts.ListingUpdated),
        [InventoryLowStock] = typeof(Contracts.InventoryLowStock),
        [OrderPlaced] = typeof(Contracts.OrderPlaced),
        [OrderPaid] = typeof(Contracts.OrderPaid),
        [OrderConfirmed] = typeof(Contracts.OrderConfirmed),
        [OrderShipped] = typeof(Contracts.OrderShipped),
        [OrderDelivered] = typeof(Contracts.OrderDelivered),
        [OrderCancelled] = typeof(Contracts.OrderCancelled),
        [OrderRefunded] = typeof(Contracts.OrderRefunded),
        [OrderGroupPlaced] = typeof(Contracts.OrderGroupPlaced),
        [OrderGroupPaid] = typeof(Contracts.OrderGroupPaid),
        [ReviewCreated] = typeof(Contracts.ReviewCreated),
        [UserProfileCreated] = typeof(Contracts.UserProfileCreated),
    };

    /// <summary>The event type whose data is <paramref name="data"/>.</summary>
    public static string Of(IIntegrationEventData data) =>
        DataTypes.First(pair => pair.Value == data.GetType()).Key;
}
