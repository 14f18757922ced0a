using FluentValidation;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Orders;
using Marketplace.Domain.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Payments;

/// <summary>
/// The provider's word on an order's payment, as a webhook delivers it. Repeats are harmless; a success
/// for an order already cancelled is refunded.
/// </summary>
[AllowAnonymousRequest]
public sealed record RecordPaymentResultCommand(Guid OrderId, bool Succeeded, string? PaymentReference, string? Note) : ICommand<OrderResponse>;

public sealed class RecordPaymentResultValidator : AbstractValidator<RecordPaymentResultCommand>
{
    public RecordPaymentResultValidator() => RuleFor(c => c.OrderId).NotEmpty();
}

public sealed class RecordPaymentResultHandler(IMarketplaceDbContext db, PaymentResults results)
    : ICommandHandler<RecordPaymentResultCommand, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(RecordPaymentResultCommand command, CancellationToken cancellationToken)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == command.OrderId, cancellationToken)
            ?? throw new NotFoundException("Order", command.OrderId);
        await results.ApplyAsync(order, command.Succeeded, command.PaymentReference, command.Note, cancellationToken);
        return order.ToResponse();
    }
}

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
