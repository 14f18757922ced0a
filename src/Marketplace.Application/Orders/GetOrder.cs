
namespace Marketplace.Application.Orders;

/// <summary>One order, for its buyer, its grower or an admin.</summary>
[AuthorizeRequest]
public sealed record GetOrderQuery(Guid OrderId) : IQuery<OrderResponse>;

public sealed class GetOrderValidator : AbstractValidator<GetOrderQuery>
{
    public GetOrderValidator() => RuleFor(q => q.OrderId).NotEmpty();
}

public sealed class GetOrderHandler(OrderAccess access) : IQueryHandler<GetOrderQuery, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(GetOrderQuery query, CancellationToken cancellationToken) =>
        (await access.LoadAsync(query.OrderId, cancellationToken)).Order.ToResponse();
}
