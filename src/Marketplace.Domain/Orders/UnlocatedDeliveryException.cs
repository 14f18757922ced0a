using Marketplace.Domain.Common;

namespace Marketplace.Domain.Orders;

/// <summary>
/// A delivery order whose address has no coordinates. It is the client's input that is incomplete, not a
/// conflict: without coordinates the grower's delivery radius could not be checked, so the order is refused.
/// </summary>
public sealed class UnlocatedDeliveryException()
    : DomainRuleException("delivery_address_unlocated",
        "Delivery needs the address's latitude and longitude, in the body or on your buyer profile, to check the grower's delivery radius.",
        ErrorKind.Validation, "deliveryAddress");
