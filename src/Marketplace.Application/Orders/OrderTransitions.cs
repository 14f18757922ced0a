using FluentValidation;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Orders;
using Mediator;

namespace Marketplace.Application.Orders;

/// <summary>Grower accepts a paid order; its reserved stock becomes sold.</summary>
[AuthorizeRequest]
public sealed record ConfirmOrderCommand(Guid OrderId) : ICommand<OrderResponse>;

/// <summary>Grower hands a confirmed order to delivery.</summary>
[AuthorizeRequest]
public sealed record ShipOrderCommand(Guid OrderId) : ICommand<OrderResponse>;

/// <summary>Buyer (or grower) records that the order arrived.</summary>
[AuthorizeRequest]
public sealed record DeliverOrderCommand(Guid OrderId) : ICommand<OrderResponse>;

public sealed class ConfirmOrderValidator : AbstractValidator<ConfirmOrderCommand>
{
    public ConfirmOrderValidator() => RuleFor(c => c.OrderId).NotEmpty();
}

public sealed class ShipOrderValidator : AbstractValidator<ShipOrderCommand>
{
    public ShipOrderValidator() => RuleFor(c => c.OrderId).NotEmpty();
}

public sealed class DeliverOrderValidator : AbstractValidator<DeliverOrderCommand>
{
    public DeliverOrderValidator() => RuleFor(c => c.OrderId).NotEmpty();
}

public sealed class ConfirmOrderHandler(OrderAccess access, TimeProvider clock) : ICommandHandler<ConfirmOrderCommand, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(ConfirmOrderCommand command, CancellationToken cancellationToken)
    {
        var held = await access.LoadForStockChangeAsync(command.OrderId, cancellationToken);
        held.Order.Confirm(held.Actor, held.Listings, held.CallerId, clock.GetUtcNow());
        var order = held.Order;
        return order.ToResponse();
    }
}

public sealed class ShipOrderHandler(OrderAccess access, TimeProvider clock) : ICommandHandler<ShipOrderCommand, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(ShipOrderCommand command, CancellationToken cancellationToken)
    {
        var (order, actor, _) = await access.LoadAsync(command.OrderId, cancellationToken);
        order.Ship(actor, clock.GetUtcNow());
        return order.ToResponse();
    }
}

public sealed class DeliverOrderHandler(OrderAccess access, TimeProvider clock) : ICommandHandler<DeliverOrderCommand, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(DeliverOrderCommand command, CancellationToken cancellationToken)
    {
        var (order, actor, _) = await access.LoadAsync(command.OrderId, cancellationToken);
        order.Deliver(actor, clock.GetUtcNow());
        return order.ToResponse();
    }
}
