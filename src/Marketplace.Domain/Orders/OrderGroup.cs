using Marketplace.Domain.Common;

namespace Marketplace.Domain.Orders;

/// <summary>
/// One checkout of a cart: one order per grower, paid by one payment. The orders keep their own state machines;
/// the group holds the payment they share (ADR 48).
/// </summary>
public sealed class OrderGroup : Entity
{
    private OrderGroup() { }

    public Guid BuyerId { get; private init; }
    public string Currency { get; private init; } = "USD";
    public long Total { get; private init; }
    public IReadOnlyList<Guid> OrderIds { get; private init; } = [];
    public PaymentStatus PaymentStatus { get; private set; }

    /// <summary>The provider's reference of the one payment (a PaymentIntent id).</summary>
    public string? PaymentReference { get; private set; }

    /// <summary>The charge the payment made; each order's transfer names it as its source.</summary>
    public string? ChargeReference { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>
    /// What placed the group when it was not a request with its own idempotency key: a standing order's cycle
    /// (<c>standing-{id}-{deliveryDate}</c>). Unique, so a retried cycle finds the group it placed instead of placing another.
    /// </summary>
    public string? SourceKey { get; private init; }
    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>
    /// Places one order per grower (in the order the growers first appear) and reserves all their stock. Stock is
    /// checked for every line first, so the refusal names every short listing; the caller's transaction makes it all or none.
    /// </summary>
    public static (OrderGroup Group, IReadOnlyList<Order> Orders) Place(IReadOnlyList<long> sequences, Guid buyerId,
        IReadOnlyList<Order.Request> lines, OrderDelivery delivery, string? notes, decimal platformFeePercent, DateTimeOffset now,
        string? sourceKey = null)
    {
        if (lines.Count == 0) throw new DomainRuleException("cart_empty", "The cart is empty.");
        Order.EnsureInStock(lines);
        var byGrower = lines.GroupBy(l => l.Listing.GrowerId).Select(g => g.ToList()).ToList();
        if (sequences.Count != byGrower.Count) throw new ArgumentException("One order number per grower is needed.", nameof(sequences));

        var id = Guid.CreateVersion7();
        var orders = byGrower.Select((g, i) => Order.Place(sequences[i], buyerId, g, delivery, notes, platformFeePercent, now, id)).ToList();
        var group = new OrderGroup
        {
            Id = id,
            BuyerId = buyerId,
            Currency = orders[0].Currency,
            Total = orders.Sum(o => o.Total),
            OrderIds = orders.ConvertAll(o => o.Id),
            PaymentStatus = PaymentStatus.RequiresPayment,
            CreatedAt = now,
            SourceKey = sourceKey,
        };
        group.Raise(new OrderGroupPlaced(id, now));
        return (group, orders);
    }

    /// <summary>The key of the group's one payment at the provider, fixed by the group id before the first attempt.</summary>
    public string PaymentKey => $"group-{Id}";

    /// <summary>Stripe's <c>transfer_group</c>, tying the charge to the orders' transfers.</summary>
    public string TransferGroup => $"group-{Id}";

    public void AttachPayment(string reference) => PaymentReference = reference;

    /// <summary>The payment succeeded; returns false when it was already recorded (a replayed event).</summary>
    public bool MarkPaid(string? chargeReference, DateTimeOffset now)
    {
        ChargeReference ??= chargeReference;
        if (PaymentStatus == PaymentStatus.Succeeded) return false;
        PaymentStatus = PaymentStatus.Succeeded;
        PaidAt = now;
        Raise(new OrderGroupPaid(Id, now));
        return true;
    }

    public void MarkPaymentFailed()
    {
        if (PaymentStatus == PaymentStatus.RequiresPayment) PaymentStatus = PaymentStatus.Failed;
    }
}

public sealed record OrderGroupPlaced(Guid GroupId, DateTimeOffset OccurredAt) : IDomainEvent;
public sealed record OrderGroupPaid(Guid GroupId, DateTimeOffset OccurredAt) : IDomainEvent;
