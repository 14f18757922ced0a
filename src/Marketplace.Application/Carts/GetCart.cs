using Marketplace.Domain.Orders;

namespace Marketplace.Application.Carts;

/// <summary>The buyer's cart at today's prices, grouped by grower, each line with its problems.</summary>
/// <param name="DeliveryMethod">Price the growers' delivery fees for `delivery` (the default) or `pickup` (no fees).</param>
[AuthorizeRequest(Roles.Buyer)]
public sealed record GetCartQuery(string? DeliveryMethod = null) : IQuery<CartResponse>;

public sealed class GetCartValidator : AbstractValidator<GetCartQuery>
{
    public GetCartValidator() =>
        RuleFor(q => q.DeliveryMethod).Must(m => EnumCode<DeliveryMethod>.TryParse(m, out _)).When(q => q.DeliveryMethod is not null)
            .WithMessage($"Must be one of: {string.Join(", ", EnumCode<DeliveryMethod>.All)}.");
}

public sealed class GetCartHandler(CartStore carts, CartPricing pricing) : IQueryHandler<GetCartQuery, CartResponse>
{
    public async ValueTask<CartResponse> Handle(GetCartQuery query, CancellationToken cancellationToken) =>
        await pricing.PriceAsync(await carts.FindAsync(tracked: false, cancellationToken), query.DeliveryMethod is null ? DeliveryMethod.Delivery : EnumCode<DeliveryMethod>.Parse(query.DeliveryMethod), cancellationToken);
}
