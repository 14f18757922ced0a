namespace Marketplace.Domain.Orders;

/// <summary>Where an order is: `pending_payment` (stock held), `pending` (paid, awaiting the grower), `confirmed`, `in_transit`, `delivered`, `cancelled` or `refunded`.</summary>
public enum OrderStatus { PendingPayment, Pending, Confirmed, InTransit, Delivered, Cancelled, Refunded }

/// <summary>Where the buyer's payment is: `requires_payment`, `succeeded`, `failed`, `partially_refunded`, `refunded` or `disputed` (a chargeback is open).</summary>
public enum PaymentStatus { RequiresPayment, Succeeded, Failed, PartiallyRefunded, Refunded, Disputed }

/// <summary>How the produce reaches the buyer: the grower delivers it, or the buyer picks it up at the farm.</summary>
public enum DeliveryMethod { Delivery, Pickup }

/// <summary>Who acts on an order, by relationship to it (the platform itself is <see cref="System"/>).</summary>
public enum OrderActor { Buyer, Grower, Admin, System }
