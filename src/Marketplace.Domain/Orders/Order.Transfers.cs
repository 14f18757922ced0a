using Marketplace.Domain.Common;

namespace Marketplace.Domain.Orders;

/// <summary>
/// An order of a group is paid by the group's one charge; its grower is paid by a transfer of its own, and each
/// refund takes the grower's share back from that transfer (ADR 48).
/// </summary>
public sealed partial class Order
{
    /// <summary>What the grower is still owed from the charge: the payout less the grower's share of what was refunded.</summary>
    public long TransferDue => OrderGroupId is null || PaymentStatus is PaymentStatus.RequiresPayment or PaymentStatus.Failed
        ? 0
        : GrowerPayout - (AmountRefunded - PlatformFeeRefunded);

    /// <summary>Whether the grower's payout is owed and not transferred yet.</summary>
    public bool AwaitsTransfer => TransferReference is null && TransferDue > 0;

    /// <summary>
    /// The grower's share of a refund of <paramref name="amount"/> that has not been booked yet: the refund less the
    /// platform fee's proportional part, rounded as <see cref="OrderPricing.FeeReturned"/> rounds (ADR 9).
    /// </summary>
    public long GrowerShareOf(long amount)
    {
        if (amount <= 0 || amount > Refundable)
            throw new DomainRuleException("refund_exceeds_paid", $"Only {Refundable} is refundable on this order.");
        var feeReturned = OrderPricing.FeeReturned(PlatformFee, AmountRefunded + amount, AmountPaid) - PlatformFeeRefunded;
        return amount - feeReturned;
    }

    /// <summary>The grower's payout left the platform's balance. Not a change of the order's state: its version stays.</summary>
    public void RecordTransfer(string reference)
    {
        if (OrderGroupId is null) throw new InvalidOperationException("Only an order of a group is paid out by a transfer.");
        TransferReference ??= reference;
    }

    /// <summary>Part of the transfer came back to the platform with a refund.</summary>
    public void RecordTransferReversal(long amount)
    {
        if (amount <= 0) return;
        TransferReversed += amount;
    }
}
