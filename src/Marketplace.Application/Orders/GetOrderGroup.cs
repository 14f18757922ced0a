using Marketplace.Application.Users;

namespace Marketplace.Application.Orders;

/// <summary>A checkout's group of orders, for its buyer or an admin (its growers see their own order only).</summary>
[AuthorizeRequest]
public sealed record GetOrderGroupQuery(Guid GroupId) : IQuery<OrderGroupResponse>;

public sealed class GetOrderGroupValidator : AbstractValidator<GetOrderGroupQuery>
{
    public GetOrderGroupValidator() => RuleFor(q => q.GroupId).NotEmpty();
}

public sealed class GetOrderGroupHandler(IMarketplaceDbContext db, UserDirectory users) : IQueryHandler<GetOrderGroupQuery, OrderGroupResponse>
{
    public async ValueTask<OrderGroupResponse> Handle(GetOrderGroupQuery query, CancellationToken cancellationToken)
    {
        var callerId = await users.FindCallerIdAsync(cancellationToken);
        var group = await db.OrderGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == query.GroupId, cancellationToken);
        if (group is null || (group.BuyerId != callerId && !users.Current.IsInRole(Roles.Admin)))
            throw new NotFoundException("Order group", query.GroupId);
        var orders = await db.Orders.AsNoTracking().Where(o => o.OrderGroupId == group.Id).ToListAsync(cancellationToken);
        return group.ToResponse(orders);
    }
}
