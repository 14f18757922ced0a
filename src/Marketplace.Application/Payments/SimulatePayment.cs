using Marketplace.Application.Orders;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Payments;

/// <summary>
/// Simulated provider only: an admin (and, in Development, the order's buyer) decides whether its payment succeeds
/// or fails, through the same code path as a provider webhook.
/// </summary>
[AuthorizeRequest]
public sealed record SimulatePaymentCommand(Guid OrderId, bool Succeeded) : ICommand<OrderResponse>;

public sealed class SimulatePaymentValidator : AbstractValidator<SimulatePaymentCommand>
{
    public SimulatePaymentValidator() => RuleFor(c => c.OrderId).NotEmpty();
}

/// <summary>Whether the order's buyer may settle a simulated payment: only in Development, where orders are not real.</summary>
public sealed record SimulatedPaymentSettings(bool BuyerMaySettle);

public sealed class SimulatePaymentHandler(OrderAccess access, PaymentResults results, GroupPayments groups, SimulatedPaymentSettings settings)
    : ICommandHandler<SimulatePaymentCommand, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(SimulatePaymentCommand command, CancellationToken cancellationToken)
    {
        var (order, actor, _) = await access.LoadAsync(command.OrderId, cancellationToken);
        if (actor is not (OrderActor.Buyer or OrderActor.Admin))
            throw new ActionNotAllowedException("Only the order's buyer pays for it.");
        // Outside Development a buyer marking its own order paid would be produce for nothing.
        if (actor is OrderActor.Buyer && !settings.BuyerMaySettle)
            throw new ForbiddenException("role_required", "Outside Development only an admin settles simulated payments.");
        var note = command.Succeeded ? null : "simulated failure";
        // An order of a group shares the group's one payment: settling it settles every order of the group.
        if (order.OrderGroupId is { } groupId && await groups.FindAsync(groupId, null, cancellationToken) is { } group)
            await groups.ApplyAsync(group, await groups.OrdersOfAsync(groupId, cancellationToken), command.Succeeded, order.PaymentReference,
                SimulatedCharge(groupId), note, cancellationToken);
        else
            await results.ApplyAsync(order, command.Succeeded, order.PaymentReference, note, cancellationToken);
        return order.ToResponse();
    }

    /// <summary>The charge a simulated group payment makes; the simulated provider names the same one.</summary>
    public static string SimulatedCharge(Guid groupId) => $"sim_ch_{groupId:N}";
}
