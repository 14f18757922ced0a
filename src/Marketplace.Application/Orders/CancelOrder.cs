using Marketplace.Application.Common.Behaviours;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Orders;

/// <summary>Buyer or grower cancels before shipping: stock goes back, and a paid order is refunded in full.</summary>
[AuthorizeRequest]
[Idempotent]
public sealed record CancelOrderCommand(Guid OrderId, string? Reason) : ICommand<OrderResponse>, ICallsProviderAfterCommit;

public sealed class CancelOrderValidator : AbstractValidator<CancelOrderCommand>
{
    public CancelOrderValidator()
    {
        RuleFor(c => c.OrderId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}

public sealed class CancelOrderHandler(IUnitOfWork unitOfWork, OrderAccess access, OrderRefunds refunds, OpenPayments open, TimeProvider clock)
    : ICommandHandler<CancelOrderCommand, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(CancelOrderCommand command, CancellationToken cancellationToken)
    {
        var (response, due, unpaid) = await unitOfWork.ExecuteInTransactionAsync(async ct =>
        {
            var held = await access.LoadForStockChangeAsync(command.OrderId, ct);
            var (order, actor) = (held.Order, held.Actor);
            var waiting = OpenPayments.Open(order);
            var refundable = order.Cancel(actor, command.Reason!.Trim(), held.Listings, held.CallerId, clock.GetUtcNow());
            // One cancellation per order, so the order id alone fixes the refund's key, even across crashes and retries.
            return (order.ToResponse(), refundable == 0 ? null : RefundDue.For(order, actor, refundable, "order cancelled", $"refund-{order.Id}-cancel"), waiting);
        }, cancellationToken);
        // The stock is back and the cancellation committed; a refund the provider cannot make now is made by cancelling again.
        if (unpaid is not null) await open.CancelAsync(unpaid);
        return due is null ? response : await refunds.RefundAfterCommitAsync(due);
    }
}

/// <summary>
/// A refund decided in one transaction and made after it: what the provider is asked for, under which key. An order of a
/// group was paid from the group's charge: <see cref="DestinationCharge"/> is false, and the grower's share of the refund
/// (<see cref="GrowerShare"/>) is reversed from the order's transfer, when it has been made (ADR 48).
/// </summary>
public sealed record RefundDue(Guid OrderId, string PaymentReference, string Currency, OrderActor Actor, long Amount, string Reason, string RequestKey,
    bool DestinationCharge = true, string? TransferReference = null, long GrowerShare = 0)
{
    public static RefundDue For(Order order, OrderActor actor, long amount, string reason, string requestKey) =>
        new(order.Id, order.PaymentReference ?? order.Id.ToString(), order.Currency, actor, amount, reason, requestKey,
            order.OrderGroupId is null, order.TransferReference, order.OrderGroupId is null ? 0 : order.GrowerShareOf(amount));

    /// <summary>The reversal's key follows the refund's, so one refund request reverses at most once.</summary>
    public string ReversalKey => $"reversal-{RequestKey}";
}

/// <summary>Moves money back through the payment provider, then books it on the order, once per refund request.</summary>
public sealed class OrderRefunds(IMarketplaceDbContext db, IUnitOfWork unitOfWork, IPaymentGateway payments, TimeProvider clock)
{
    /// <summary>Calls the provider and books the refund inside the caller's transaction (a webhook's late payment).</summary>
    public async Task RefundAsync(Order order, OrderActor actor, long amount, string reason, string requestKey, CancellationToken cancellationToken)
    {
        var due = RefundDue.For(order, actor, amount, reason, requestKey);
        var receipt = await payments.RefundAsync(Request(due), cancellationToken);
        var reversed = await ReverseAsync(due, cancellationToken);
        order.RecordRefund(actor, amount, reason, receipt.Reference, clock.GetUtcNow(), requestKey);
        order.RecordTransferReversal(reversed);
    }

    /// <summary>
    /// After the deciding transaction committed: one provider call, then the booking in a transaction of its own,
    /// which a lost race retries from fresh reads without calling the provider again.
    /// </summary>
    public async Task<OrderResponse> RefundAfterCommitAsync(RefundDue due)
    {
        var receipt = await payments.RefundAsync(Request(due), CancellationToken.None);
        var reversed = await ReverseAsync(due, CancellationToken.None);
        return await unitOfWork.ExecuteInTransactionAsync(async ct =>
        {
            var order = await db.Orders.FirstAsync(o => o.Id == due.OrderId, ct);
            var booked = order.Refunds.Any(r => r.RequestKey == due.RequestKey);
            order.RecordRefund(due.Actor, due.Amount, due.Reason, receipt.Reference, clock.GetUtcNow(), due.RequestKey);
            if (!booked) order.RecordTransferReversal(reversed);
            return order.ToResponse();
        }, CancellationToken.None);
    }

    private static RefundRequest Request(RefundDue due) =>
        new(due.PaymentReference, due.Amount, due.Currency, due.RequestKey, due.Reason, due.DestinationCharge);

    /// <summary>
    /// A group's charge paid every grower of the group: the grower of the refunded order gives its share back from its
    /// transfer. Before the transfer is made nothing is reversed; the transfer then pays only what is still due.
    /// </summary>
    private async Task<long> ReverseAsync(RefundDue due, CancellationToken cancellationToken)
    {
        if (due.TransferReference is not { } transfer || due.GrowerShare <= 0) return 0;
        await payments.ReverseTransferAsync(transfer, due.GrowerShare, due.ReversalKey, cancellationToken);
        return due.GrowerShare;
    }
}

/// <summary>An unpaid order's PaymentIntent, cancelled at the provider once the order's cancellation has committed.</summary>
public sealed record OpenPayment(Guid OrderId, string Reference);

public sealed class OpenPayments(IPaymentGateway payments)
{
    /// <summary>The order's payment the provider still waits for, if any.</summary>
    /// <remarks>An order of a group shares its payment with the other orders: cancelling one leaves the payment open for them.</remarks>
    public static OpenPayment? Open(Order order) =>
        order.Status == OrderStatus.PendingPayment && order.OrderGroupId is null && order.PaymentReference is { } reference
            ? new OpenPayment(order.Id, reference) : null;

    /// <summary>
    /// Best effort on purpose: the order is already cancelled, and a payment that still succeeds is refunded
    /// when its webhook arrives (<see cref="Payments.PaymentResults"/>).
    /// </summary>
    public async Task<bool> CancelAsync(OpenPayment payment)
    {
        try
        {
            await payments.CancelPaymentAsync(payment.Reference, $"cancel-{payment.OrderId}", CancellationToken.None);
            return true;
        }
        catch (Exception e) when (e is PaymentProviderUnavailableException or PaymentRejectedException)
        {
            return false;
        }
    }
}
