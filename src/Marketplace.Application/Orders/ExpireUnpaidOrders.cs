using FluentValidation;
using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Orders;

/// <summary>
/// Cancels orders still unpaid after <see cref="OrderSettings.PaymentTimeout"/> and releases their stock.
/// Sent on a timer by the expiry service; returns how many orders it cancelled.
/// </summary>
public sealed record ExpireUnpaidOrdersCommand(int BatchSize = 100) : ICommand<int>, ICallsProviderAfterCommit;

public sealed class ExpireUnpaidOrdersValidator : AbstractValidator<ExpireUnpaidOrdersCommand>
{
    public ExpireUnpaidOrdersValidator() => RuleFor(c => c.BatchSize).InclusiveBetween(1, 1000);
}

public sealed class ExpireUnpaidOrdersHandler(
    IMarketplaceDbContext db, IUnitOfWork unitOfWork, IStockLocks locks, OpenPayments open, OrderSettings settings, TimeProvider clock)
    : ICommandHandler<ExpireUnpaidOrdersCommand, int>
{
    public async ValueTask<int> Handle(ExpireUnpaidOrdersCommand command, CancellationToken cancellationToken)
    {
        var expired = await unitOfWork.ExecuteInTransactionAsync(ct => ExpireAsync(command, ct), cancellationToken);
        // The cancellations have committed; their PaymentIntents are cancelled with no lock held.
        foreach (var payment in expired) await open.CancelAsync(payment);
        return expired.Count;
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
