using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;

namespace Marketplace.Domain.Orders;

/// <summary>
/// One buyer's order from one grower. Placing it reserves stock; every transition checks who acts
/// (403 when the actor may never do it) and the state (409 <c>invalid_transition</c>), and is recorded
/// on the timeline. Money is exact (see <see cref="OrderPricing"/>).
/// </summary>
public sealed partial class Order : Entity
{
    public static readonly TimeSpan ConfirmationWindow = TimeSpan.FromHours(24);

    private Order() { }

    public long Sequence { get; private init; }
    public string Number { get; private init; } = "";
    public Guid BuyerId { get; private init; }
    public Guid GrowerId { get; private init; }

    /// <summary>The checkout this order was placed in, with orders from other growers; null for a one-grower order.</summary>
    public Guid? OrderGroupId { get; private init; }

    /// <summary>The transfer of the grower's payout from the group's charge (separate charges and transfers).</summary>
    public string? TransferReference { get; private set; }

    /// <summary>How much of the transfer has been reversed with refunds.</summary>
    public long TransferReversed { get; private set; }
    public string Currency { get; private init; } = "USD";

    /// <summary>Fixed when the order is placed; EF fills the field.</summary>
    public IReadOnlyList<OrderLine> Lines => _lines;

    private readonly List<OrderLine> _lines = [];
    public long Subtotal { get; private set; }
    public long DeliveryFee { get; private set; }
    public long PlatformFee { get; private set; }
    public long Total { get; private set; }
    public long GrowerPayout => Total - PlatformFee;
    public OrderDelivery Delivery { get; private init; } = null!;
    public string? Notes { get; private init; }
    public OrderStatus Status { get; private set; }
    public PaymentStatus PaymentStatus { get; private set; }
    public string? PaymentReference { get; private set; }
    public long AmountPaid { get; private set; }
    public long AmountRefunded { get; private set; }
    public long PlatformFeeRefunded { get; private set; }
    public IReadOnlyList<Refund> Refunds { get; private set; } = [];
    public IReadOnlyList<OrderEvent> Timeline { get; private set; } = [];
    public string? CancellationReason { get; private set; }

    /// <summary>Set when the buyer disputes the payment; an admin needs to look at the order.</summary>
    public bool FlaggedForReview { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public DateTimeOffset? ConfirmBy { get; private set; }
    public int Version { get; private set; }

    public static string FormatNumber(long sequence) => $"MKT-{sequence:D6}";

    /// <summary>How the caller relates to this order, or null when it is none of theirs.</summary>
    public OrderActor? ActorFor(Guid userId, bool isAdmin) =>
        userId == BuyerId ? OrderActor.Buyer : userId == GrowerId ? OrderActor.Grower : isAdmin ? OrderActor.Admin : null;

    /// <summary>The provider's reference for this order's payment (e.g. a PaymentIntent id).</summary>
    public void AttachPayment(string reference) => PaymentReference = reference;

    /// <summary>The grower must confirm within <paramref name="confirmWithin"/> (default <see cref="ConfirmationWindow"/>), or the order is cancelled.</summary>
    public void MarkPaid(string? paymentReference, DateTimeOffset now, TimeSpan? confirmWithin = null)
    {
        EnsureState("paid", OrderStatus.PendingPayment);
        PaymentStatus = PaymentStatus.Succeeded;
        PaymentReference = paymentReference ?? PaymentReference;
        AmountPaid = Total;
        PaidAt = now;
        ConfirmBy = now + (confirmWithin ?? ConfirmationWindow);
        Move(OrderStatus.Pending, OrderActor.System, "payment succeeded", now);
        Raise(new OrderPaid(Id, now));
    }

    /// <summary>A payment that succeeded after the order was cancelled; the caller refunds it.</summary>
    public void RecordLatePayment(string? paymentReference, DateTimeOffset now)
    {
        EnsureState("paid late", OrderStatus.Cancelled);
        PaymentStatus = PaymentStatus.Succeeded;
        PaymentReference = paymentReference ?? PaymentReference;
        AmountPaid = Total;
        PaidAt = now;
        Timeline = [.. Timeline, new OrderEvent(Status, now, OrderActor.System, "payment arrived after cancellation")];
        Touch(now);
    }

    /// <summary>The buyer's bank disputes the charge: the payment is in question and the order is flagged.</summary>
    public void MarkDisputed(string? reason, DateTimeOffset now)
    {
        if (PaymentStatus == PaymentStatus.Disputed) return;
        PaymentStatus = PaymentStatus.Disputed;
        FlaggedForReview = true;
        Timeline = [.. Timeline, new OrderEvent(Status, now, OrderActor.System, $"payment disputed: {reason ?? "no reason given"}")];
        Touch(now);
    }

    public void MarkPaymentFailed(string? note, DateTimeOffset now)
    {
        EnsureState("marked as failed", OrderStatus.PendingPayment);
        PaymentStatus = PaymentStatus.Failed;
        Timeline = [.. Timeline, new OrderEvent(Status, now, OrderActor.System, note ?? "payment failed")];
        Touch(now);
    }

    public void Confirm(OrderActor actor, IReadOnlyDictionary<Guid, Listing> listings, Guid by, DateTimeOffset now)
    {
        EnsureActor(actor, "confirm", OrderActor.Grower, OrderActor.Admin);
        EnsureState("confirmed", OrderStatus.Pending);
        foreach (var line in Lines) listings[line.ListingId].Sell(line.Quantity, Id, by, now);
        Move(OrderStatus.Confirmed, actor, null, now);
        Raise(new OrderConfirmed(Id, now));
    }

    public void Ship(OrderActor actor, DateTimeOffset now)
    {
        EnsureActor(actor, "ship", OrderActor.Grower, OrderActor.Admin);
        EnsureState("shipped", OrderStatus.Confirmed);
        Move(OrderStatus.InTransit, actor, null, now);
        Raise(new OrderShipped(Id, now));
    }

    public void Deliver(OrderActor actor, DateTimeOffset now)
    {
        EnsureActor(actor, "mark as delivered", OrderActor.Buyer, OrderActor.Grower, OrderActor.Admin);
        EnsureState("delivered", OrderStatus.InTransit);
        Move(OrderStatus.Delivered, actor, null, now);
        Raise(new OrderDelivered(Id, now));
    }

    /// <summary>Amount still paid and not refunded: what a cancellation or full refund gives back.</summary>
    public long Refundable => AmountPaid - AmountRefunded;

    private void Move(OrderStatus status, OrderActor actor, string? note, DateTimeOffset now)
    {
        Status = status;
        Timeline = [.. Timeline, new OrderEvent(status, now, actor, note)];
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private void EnsureState(string action, params OrderStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw new InvalidTransitionException("order", EnumCode<OrderStatus>.ToCode(Status), action);
    }

    private static void EnsureActor(OrderActor actor, string action, params OrderActor[] allowed)
    {
        if (!allowed.Contains(actor))
            throw new ActionNotAllowedException($"The order's {EnumCode<OrderActor>.ToCode(actor)} cannot {action} it.");
    }
}
