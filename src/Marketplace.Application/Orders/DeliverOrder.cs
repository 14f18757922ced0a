
namespace Marketplace.Application.Orders;

/// <summary>Buyer (or grower) records that the order arrived.</summary>
[AuthorizeRequest]
public sealed record DeliverOrderCommand(Guid OrderId) : ICommand<OrderResponse>;

public sealed class DeliverOrderValidator : AbstractValidator<DeliverOrderCommand>
{
    public DeliverOrderValidator() => RuleFor(c => c.OrderId).NotEmpty();
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
