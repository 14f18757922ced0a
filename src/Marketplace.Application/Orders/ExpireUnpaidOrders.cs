using Marketplace.Application.Common.Behaviours;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Orders;

/// <summary>
/// Cancels orders still unpaid after <see cref="OrderSettings.PaymentTimeout"/>, and paid orders the grower did not
/// confirm by their <c>confirmBy</c> (<see cref="OrderSettings.ConfirmTimeout"/>), releasing their stock; the paid ones
/// are refunded in full after the cancellation commits. Sent on a timer by the expiry service; returns how many it cancelled.
/// </summary>
[AllowAnonymousRequest]
public sealed record ExpireUnpaidOrdersCommand(int BatchSize = 100) : ICommand<int>, ICallsProviderAfterCommit;

public sealed class ExpireUnpaidOrdersValidator : AbstractValidator<ExpireUnpaidOrdersCommand>
{
    public ExpireUnpaidOrdersValidator() => RuleFor(c => c.BatchSize).InclusiveBetween(1, 1000);
}

public sealed class ExpireUnpaidOrdersHandler(
    IMarketplaceDbContext db, IUnitOfWork unitOfWork, IStockLocks locks, OpenPayments open, OrderRefunds refunds,
    OrderSettings settings, TimeProvider clock)
    : ICommandHandler<ExpireUnpaidOrdersCommand, int>
{
    /// <summary>The cancellation reason of a paid order its grower did not confirm in time.</summary>
    public const string NotConfirmed = "not_confirmed";

    public async ValueTask<int> Handle(ExpireUnpaidOrdersCommand command, CancellationToken cancellationToken)
    {
        var expired = await unitOfWork.ExecuteInTransactionAsync(ct => ExpireAsync(command, ct), cancellationToken);
        // The cancellations have committed; their PaymentIntents are cancelled with no lock held.
        foreach (var payment in expired) await open.CancelAsync(payment);
        var unconfirmed = await unitOfWork.ExecuteInTransactionAsync(ct => CancelUnconfirmedAsync(command, ct), cancellationToken);
        foreach (var due in unconfirmed.Refunds)
        {
            try
            {
                await refunds.RefundAfterCommitAsync(due);
            }
            catch (PaymentProviderUnavailableException)
            {
                // The order stays cancelled with money still refundable; the next sweep asks again under the same key.
            }
        }
        return expired.Count + unconfirmed.Cancelled;
    }

    private async Task<(int Cancelled, List<RefundDue> Refunds)> CancelUnconfirmedAsync(ExpireUnpaidOrdersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Also picks up an earlier sweep's cancellation whose refund the provider could not make then.
        var candidates = await db.Orders.AsNoTracking()
            .Where(o => (o.Status == OrderStatus.Pending && o.ConfirmBy != null && o.ConfirmBy < now)
                || (o.Status == OrderStatus.Cancelled && o.CancellationReason == NotConfirmed && o.AmountRefunded < o.AmountPaid))
            .OrderBy(o => o.CreatedAt)
            .Take(command.BatchSize)
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0) return (0, []);

        // Lock the stock first, then read the orders again: one confirmed or cancelled meanwhile is left alone.
        var listingIds = await db.Orders.AsNoTracking().Where(o => candidates.Contains(o.Id))
            .SelectMany(o => o.Lines).Select(l => l.ListingId).Distinct().ToListAsync(cancellationToken);
        var listings = (await locks.LockListingsAsync(listingIds, cancellationToken)).ToDictionary(l => l.Id);
        var orders = await db.Orders
            .Where(o => candidates.Contains(o.Id) && (o.Status == OrderStatus.Pending
                || (o.Status == OrderStatus.Cancelled && o.CancellationReason == NotConfirmed)))
            .ToListAsync(cancellationToken);
        var cancelled = 0;
        var due = new List<RefundDue>();
        foreach (var order in orders)
        {
            if (order.Status == OrderStatus.Pending) cancelled++;
            var refundable = order.Cancel(OrderActor.System, NotConfirmed, listings, Guid.Empty, now);
            // The same key a buyer's or grower's cancellation uses: one cancellation per order, one refund.
            if (refundable > 0) due.Add(RefundDue.For(order, OrderActor.System, refundable, "order cancelled", $"refund-{order.Id}-cancel"));
        }
        return (cancelled, due);
    }

    private async Task<List<OpenPayment>> ExpireAsync(ExpireUnpaidOrdersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - settings.PaymentTimeout;
        var candidates = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.PendingPayment && o.CreatedAt < cutoff)
            .OrderBy(o => o.CreatedAt)
            .Take(command.BatchSize)
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0) return [];

        // Lock the stock first, then read the orders again: one paid or cancelled meanwhile is left alone.
        var listingIds = await db.Orders.AsNoTracking().Where(o => candidates.Contains(o.Id))
            .SelectMany(o => o.Lines).Select(l => l.ListingId).Distinct().ToListAsync(cancellationToken);
        var listings = (await locks.LockListingsAsync(listingIds, cancellationToken)).ToDictionary(l => l.Id);
        var expired = await db.Orders
            .Where(o => candidates.Contains(o.Id) && o.Status == OrderStatus.PendingPayment)
            .ToListAsync(cancellationToken);
        var unpaid = expired.Select(OpenPayments.Open).OfType<OpenPayment>().ToList();
        foreach (var order in expired)
            order.Cancel(OrderActor.System, "payment not received in time", listings, Guid.Empty, now);
        return unpaid;
    }
}
