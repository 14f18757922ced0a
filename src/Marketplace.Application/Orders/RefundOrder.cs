using System.Security.Cryptography;
using System.Text;
using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Listings;

namespace Marketplace.Application.Orders;

/// <summary>Grower or admin refunds a delivered order, in full (no amount) or in part; refunds never exceed what was paid.</summary>
[AuthorizeRequest]
[Idempotent]
public sealed record RefundOrderCommand(Guid OrderId, Money? Amount, string? Reason) : ICommand<OrderResponse>, ICallsProviderAfterCommit;

public sealed class RefundOrderValidator : AbstractValidator<RefundOrderCommand>
{
    public RefundOrderValidator()
    {
        RuleFor(c => c.OrderId).NotEmpty();
        RuleFor(c => c.Amount!).SetValidator(new MoneyValidator(minimum: 1, ListingBodyValidator.MaxUnitPrice * 1000)).When(c => c.Amount is not null);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}

public sealed class RefundOrderHandler(IUnitOfWork unitOfWork, OrderAccess access, OrderRefunds refunds, IRequestIdempotency idempotency)
    : ICommandHandler<RefundOrderCommand, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(RefundOrderCommand command, CancellationToken cancellationToken)
    {
        // The refund's provider key is fixed as the request arrives, before anything can be retried.
        var fresh = Guid.CreateVersion7();
        var due = await unitOfWork.ExecuteInTransactionAsync(async ct =>
        {
            var (order, actor, callerId) = await access.LoadAsync(command.OrderId, ct);
            var amount = order.EnsureRefundable(actor, command.Amount?.Amount, command.Amount?.Currency);
            return RefundDue.For(order, actor, amount, command.Reason!.Trim(), RequestKey(order.Id, callerId, idempotency.Key, fresh));
        }, cancellationToken);
        return await refunds.RefundAfterCommitAsync(due);
    }

    /// <summary>From the client's Idempotency-Key when it sent one, so a retry after a crash still refunds at most once.</summary>
    private static string RequestKey(Guid orderId, Guid callerId, string? idempotencyKey, Guid fresh) =>
        idempotencyKey is null
            ? $"refund-{orderId}-{fresh:N}"
            : $"refund-{orderId}-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{callerId}:{idempotencyKey}")))[..32].ToLowerInvariant()}";
}
