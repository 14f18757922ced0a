using FluentValidation;
using Marketplace.Application.Listings;
using Marketplace.Domain.Common;
using Mediator;

namespace Marketplace.Application.Orders;

/// <summary>Grower or admin refunds a delivered order, in full (no amount) or in part; refunds never exceed what was paid.</summary>
public sealed record RefundOrderCommand(Guid OrderId, Money? Amount, string? Reason) : ICommand<OrderResponse>;

public sealed class RefundOrderValidator : AbstractValidator<RefundOrderCommand>
{
    public RefundOrderValidator()
    {
        RuleFor(c => c.OrderId).NotEmpty();
        RuleFor(c => c.Amount!).SetValidator(new MoneyValidator(minimum: 1, ListingBodyValidator.MaxUnitPrice * 1000)).When(c => c.Amount is not null);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}

public sealed class RefundOrderHandler(OrderAccess access, OrderRefunds refunds) : ICommandHandler<RefundOrderCommand, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(RefundOrderCommand command, CancellationToken cancellationToken)
    {
        var (order, actor, _) = await access.LoadAsync(command.OrderId, cancellationToken);
        if (command.Amount is { } money && money.Currency != order.Currency)
            throw new DomainRuleException("currency_mismatch", $"This order is in {order.Currency}.");
        var amount = order.EnsureRefundable(actor, command.Amount?.Amount);
        await refunds.RefundAsync(order, actor, amount, command.Reason!.Trim(), cancellationToken);
        return order.ToResponse();
    }
}
