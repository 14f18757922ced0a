using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;

namespace Marketplace.Domain.Orders;

public sealed partial class Order
{
    /// <summary>
    /// Cancels before shipping and gives the stock back: reservations are released; stock already sold
    /// at confirmation returns to on-hand. Returns what must be refunded (0 when nothing was paid).
    /// </summary>
    public long Cancel(OrderActor actor, string reason, IReadOnlyDictionary<Guid, Listing> listings, Guid by, DateTimeOffset now)
    {
        // A cancellation whose refund the provider could not make at the time is finished by cancelling again.
        if (Status == OrderStatus.Cancelled && Refundable > 0) return Refundable;
        EnsureState("cancelled", OrderStatus.PendingPayment, OrderStatus.Pending, OrderStatus.Confirmed);
        var wasConfirmed = Status == OrderStatus.Confirmed;
        foreach (var line in Lines)
        {
            var listing = listings[line.ListingId];
            if (!wasConfirmed) listing.Release(line.Quantity, Id, by, now);
            else if (listing.Status != ListingStatus.Archived) listing.Adjust(line.Quantity, $"order {Number} cancelled", by, now);
        }
        CancellationReason = reason;
        Move(OrderStatus.Cancelled, actor, reason, now);
        Raise(new OrderCancelled(Id, actor, reason, now));
        return Refundable;
    }

    /// <summary>
    /// Checks a refund before any money moves; returns the amount (all that is refundable when none is given).
    /// An amount given with its <paramref name="currency"/> must be in the order's.
    /// </summary>
    public long EnsureRefundable(OrderActor actor, long? amount, string? currency = null)
    {
        if (currency is not null && currency != Currency)
            throw new DomainRuleException("currency_mismatch", $"This order is in {Currency}.");
        EnsureActor(actor, "refund", OrderActor.Grower, OrderActor.Admin);
        EnsureState("refunded", OrderStatus.Delivered);
        var value = amount ?? Refundable;
        if (value <= 0 || value > Refundable)
            throw new DomainRuleException("refund_exceeds_paid",
                $"A refund must be between 1 and the {Refundable} still refundable on this order.");
        return value;
    }

    /// <summary>
    /// The provider reports <paramref name="totalRefunded"/> refunded on this payment in all; refunds made
    /// outside the marketplace (e.g. in the provider's dashboard) are recorded so the books agree.
    /// A refund there of an order not yet delivered is not one of ours: in part, the order is flagged for review.
    /// Returns whether anything was recorded.
    /// </summary>
    public bool SyncRefunded(long totalRefunded, DateTimeOffset now)
    {
        var missing = Math.Min(totalRefunded, AmountPaid) - AmountRefunded;
        if (missing <= 0) return false;
        RecordRefund(OrderActor.System, missing, RefundedAtProvider, null, now);
        if (Refundable > 0 && Status is OrderStatus.Pending or OrderStatus.Confirmed or OrderStatus.InTransit) FlaggedForReview = true;
        // In transit, the goods are on their way and cannot be cancelled: someone has to look at it.
        if (Refundable == 0 && Status == OrderStatus.InTransit) FlaggedForReview = true;
        return true;
    }

    /// <summary>Refunded in full at the provider before shipping: the caller cancels the order, which gives its stock back.</summary>
    public bool CancelsOnProviderRefund => Refundable == 0 && Status is OrderStatus.Pending or OrderStatus.Confirmed;

    public const string RefundedAtProvider = "refunded at the payment provider";

    /// <summary>
    /// Records a refund the payment provider has made; a full refund ends the order as refunded. A refund request
    /// (<paramref name="requestKey"/>) is booked once: again, it returns the refund already booked.
    /// </summary>
    public Refund RecordRefund(OrderActor actor, long amount, string reason, string? providerReference, DateTimeOffset now, string? requestKey = null)
    {
        if (requestKey is not null && Refunds.FirstOrDefault(r => r.RequestKey == requestKey) is { } booked) return booked;
        // The provider's charge.refunded event can book this very refund before its request does: the request
        // takes that entry over rather than booking the money a second time.
        var synced = requestKey is null ? null
            : Refunds.FirstOrDefault(r => r.RequestKey is null && r.ProviderReference is null && r.Reason == RefundedAtProvider && r.Amount == amount);
        if (synced is not null)
        {
            var attributed = synced with { Reason = reason, Actor = actor, ProviderReference = providerReference, RequestKey = requestKey };
            Refunds = Refunds.Select(r => r == synced ? attributed : r).ToList();
            Touch(now);
            return attributed;
        }
        if (amount <= 0 || amount > Refundable)
            throw new DomainRuleException("refund_exceeds_paid", $"Only {Refundable} is refundable on this order.");
        AmountRefunded += amount;
        var feeReturned = OrderPricing.FeeReturned(PlatformFee, AmountRefunded, AmountPaid) - PlatformFeeRefunded;
        PlatformFeeRefunded += feeReturned;
        var refund = new Refund(Guid.CreateVersion7(), amount, feeReturned, reason, actor, now, providerReference, requestKey);
        Refunds = [.. Refunds, refund];
        PaymentStatus = AmountRefunded == AmountPaid ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        if (PaymentStatus == PaymentStatus.Refunded && Status == OrderStatus.Delivered) Move(OrderStatus.Refunded, actor, reason, now);
        else
        {
            Timeline = [.. Timeline, new OrderEvent(Status, now, actor, $"refunded {amount}")];
            Touch(now);
        }
        Raise(new OrderRefunded(Id, amount, now));
        return refund;
    }
}
