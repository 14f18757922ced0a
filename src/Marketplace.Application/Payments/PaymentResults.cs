using Marketplace.Application.Orders;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Payments;

/// <summary>What a payment outcome does to an order; shared by webhooks and the simulated provider.</summary>
public sealed class PaymentResults(OrderRefunds refunds, OrderSettings settings, TimeProvider clock)
{
    public async Task ApplyAsync(Order order, bool succeeded, string? reference, string? note, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!succeeded)
        {
            if (order.Status == OrderStatus.PendingPayment) order.MarkPaymentFailed(note, now);
            return;
        }

        if (order.Status == OrderStatus.PendingPayment) order.MarkPaid(reference, now, settings.ConfirmTimeout);
        else if (order.Status == OrderStatus.Cancelled && order.PaymentStatus is PaymentStatus.RequiresPayment or PaymentStatus.Failed)
        {
            // The money arrived after the order expired or was cancelled: take it and give it straight back.
            order.RecordLatePayment(reference, now);
            await refunds.RefundAsync(order, OrderActor.System, order.Refundable, "payment arrived after cancellation", $"refund-{order.Id}-late", cancellationToken);
        }
    }
}
