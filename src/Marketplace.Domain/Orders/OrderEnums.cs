namespace Marketplace.Domain.Orders;

public enum OrderStatus { PendingPayment, Pending, Confirmed, InTransit, Delivered, Cancelled, Refunded }

public enum PaymentStatus { RequiresPayment, Succeeded, Failed, PartiallyRefunded, Refunded, Disputed }

public enum DeliveryMethod { Delivery, Pickup }

/// <summary>Who acts on an order, by relationship to it (the platform itself is <see cref="System"/>).</summary>
public enum OrderActor { Buyer, Grower, Admin, System }
