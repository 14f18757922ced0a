using Marketplace.Application.Common.Paging;
using Marketplace.Application.Users;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Orders;

/// <summary>
/// The caller's orders, newest first: as buyer (<c>role=buyer</c>), as grower (<c>role=grower</c>) or both.
/// Admins without a role see every order.
/// </summary>
[AuthorizeRequest]
public sealed record ListOrdersQuery(string? Role, string? Status, string? Cursor, int? Limit) : IQuery<Page<OrderResponse>>;

public sealed class ListOrdersValidator : AbstractValidator<ListOrdersQuery>
{
    /// <summary>The sides of an order a caller can list (<c>role</c>).</summary>
    public static readonly IReadOnlyList<string> Sides = [Roles.Buyer, Roles.Grower];

    public ListOrdersValidator()
    {
        RuleFor(q => q.Role).Must(r => r is null || Sides.Contains(r)).WithMessage("Must be 'buyer' or 'grower'.");
        RuleFor(q => q.Status).Must(s => EnumCode<OrderStatus>.TryParse(s, out _)).When(q => q.Status is not null)
            .WithMessage($"Must be one of: {string.Join(", ", EnumCode<OrderStatus>.All)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
    }
}

public sealed class ListOrdersHandler(IMarketplaceDbContext db, UserDirectory users, CursorCodec cursors) : IQueryHandler<ListOrdersQuery, Page<OrderResponse>>
{
    private const string Sort = "orders";

    public async ValueTask<Page<OrderResponse>> Handle(ListOrdersQuery query, CancellationToken cancellationToken)
    {
        var callerId = await users.FindCallerIdAsync(cancellationToken) ?? Guid.Empty;
        var cursor = await cursors.DecodeAsync(query.Cursor, Sort, cancellationToken);
        var limit = query.Limit ?? 20;

        var orders = db.Orders.AsNoTracking();
        orders = query.Role switch
        {
            "buyer" => orders.Where(o => o.BuyerId == callerId),
            "grower" => orders.Where(o => o.GrowerId == callerId),
            _ when users.Current.IsInRole(Roles.Admin) => orders,
            _ => orders.Where(o => o.BuyerId == callerId || o.GrowerId == callerId),
        };
        if (query.Status is not null)
        {
            var status = EnumCode<OrderStatus>.Parse(query.Status);
            orders = orders.Where(o => o.Status == status);
        }
        if (cursor is not null)
        {
            var at = cursor.KeyAsInstant();
            var id = cursor.Id;
            orders = orders.Where(o => o.CreatedAt < at || (o.CreatedAt == at && o.Id.CompareTo(id) < 0));
        }

        var rows = await orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? await cursors.EncodeAsync(Cursor.For(Sort, page[^1].CreatedAt.UtcTicks, page[^1].Id), cancellationToken) : null;
        return new Page<OrderResponse>(page.ConvertAll(o => o.ToResponse()), next);
    }
}
