
namespace Marketplace.Application.Orders;

/// <summary>Grower accepts a paid order; its reserved stock becomes sold.</summary>
[AuthorizeRequest]
public sealed record ConfirmOrderCommand(Guid OrderId) : ICommand<OrderResponse>;

public sealed class ConfirmOrderValidator : AbstractValidator<ConfirmOrderCommand>
{
    public ConfirmOrderValidator() => RuleFor(c => c.OrderId).NotEmpty();
}

public sealed class ConfirmOrderHandler(OrderAccess access, TimeProvider clock) : ICommandHandler<ConfirmOrderCommand, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(ConfirmOrderCommand command, CancellationToken cancellationToken)
    {
        var held = await access.LoadForStockChangeAsync(command.OrderId, cancellationToken);
        held.Order.Confirm(held.Actor, held.Listings, held.CallerId, clock.GetUtcNow());
        return held.Order.ToResponse();
    }
}
