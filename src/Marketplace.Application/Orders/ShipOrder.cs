
namespace Marketplace.Application.Orders;

/// <summary>Grower hands a confirmed order to delivery.</summary>
[AuthorizeRequest]
public sealed record ShipOrderCommand(Guid OrderId) : ICommand<OrderResponse>;

public sealed class ShipOrderValidator : AbstractValidator<ShipOrderCommand>
{
    public ShipOrderValidator() => RuleFor(c => c.OrderId).NotEmpty();
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
