using FluentValidation;
using Marketplace.Application.Orders;
using Marketplace.Domain.Common;
using Marketplace.Domain.Orders;
using Mediator;

namespace Marketplace.Application.Payments;

/// <summary>
/// Simulated provider only: the order's buyer (or an admin) decides whether its payment succeeds or fails,
/// through the same code path as a provider webhook.
/// </summary>
public sealed record SimulatePaymentCommand(Guid OrderId, bool Succeeded) : ICommand<OrderResponse>;

public sealed class SimulatePaymentValidator : AbstractValidator<SimulatePaymentCommand>
{
    public SimulatePaymentValidator() => RuleFor(c => c.OrderId).NotEmpty();
}

public sealed class SimulatePaymentHandler(OrderAccess access, PaymentResults results) : ICommandHandler<SimulatePaymentCommand, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(SimulatePaymentCommand command, CancellationToken cancellationToken)
    {
        var (order, actor, _) = await access.LoadAsync(command.OrderId, cancellationToken);
        if (actor is not (OrderActor.Buyer or OrderActor.Admin))
            throw new ActionNotAllowedException("Only the order's buyer pays for it.");
        await results.ApplyAsync(order, command.Succeeded, order.PaymentReference, command.Succeeded ? null : "simulated failure", cancellationToken);
        return order.ToResponse();
    }
}
