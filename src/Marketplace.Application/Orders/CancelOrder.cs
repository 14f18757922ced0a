using FluentValidation;
using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Orders;
using Mediator;

namespace Marketplace.Application.Orders;

/// <summary>Buyer or grower cancels before shipping: stock goes back, and a paid order is refunded in full.</summary>
public sealed record CancelOrderCommand(Guid OrderId, string? Reason) : ICommand<OrderResponse>;

public sealed class CancelOrderValidator : AbstractValidator<CancelOrderCommand>
{
    public CancelOrderValidator()
    {
        RuleFor(c => c.OrderId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}

public sealed class CancelOrderHandler(OrderAccess access, OrderRefunds refunds, TimeProvider clock) : ICommandHandler<CancelOrderCommand, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(CancelOrderCommand command, CancellationToken cancellationToken)
    {
        var held = await access.LoadForStockChangeAsync(command.OrderId, cancellationToken);
        var (order, actor) = (held.Order, held.Actor);
        var refundable = order.Cancel(actor, command.Reason!.Trim(), held.Listings, held.CallerId, clock.GetUtcNow());
        if (refundable > 0) await refunds.RefundAsync(order, actor, refundable, "order cancelled", cancellationToken);
        return order.ToResponse();
    }
}

/// <summary>Moves money back through the payment provider, then records it on the order.</summary>
public sealed class OrderRefunds(IPaymentGateway payments, TimeProvider clock)
{
    public async Task RefundAsync(Order order, OrderActor actor, long amount, string reason, CancellationToken cancellationToken)
    {
        var key = $"refund-{order.Id}-{order.AmountRefunded + amount}";
        var receipt = await payments.RefundAsync(
            new RefundRequest(order.PaymentReference ?? order.Id.ToString(), amount, order.Currency, key, reason), cancellationToken);
        order.RecordRefund(actor, amount, reason, receipt.Reference, clock.GetUtcNow());
    }
}
