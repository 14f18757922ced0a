using Marketplace.Domain.Orders;

namespace Marketplace.Application.Payments;

/// <summary>
/// A verified event from the payment provider, reduced to what the marketplace acts on. <see cref="OtherMode"/>: the
/// event belongs to the provider's other mode (live vs test) than this deployment's key, so it is acknowledged and ignored.
/// </summary>
public sealed record PaymentEvent(
    string Id,
    string Type,
    Guid? OrderId = null,
    string? PaymentReference = null,
    long? AmountRefunded = null,
    string? AccountId = null,
    bool ChargesEnabled = false,
    bool PayoutsEnabled = false,
    bool DetailsSubmitted = false,
    string? Note = null,
    bool OtherMode = false,
    Guid? OrderGroupId = null,
    string? ChargeReference = null);

/// <summary>What happened with a payment event: `applied`, `duplicate` (already seen), `ignored` (a type the marketplace does not use) or `unknown_order`.</summary>
public enum PaymentEventOutcome { Applied, Duplicate, Ignored, UnknownOrder }

/// <summary>Applies a provider event once (by event id); events may arrive late, twice or out of order.</summary>
[AllowAnonymousRequest]
public sealed record HandlePaymentEventCommand(PaymentEvent Event) : ICommand<PaymentEventOutcome>;

public sealed class HandlePaymentEventValidator : AbstractValidator<HandlePaymentEventCommand>
{
    public HandlePaymentEventValidator()
    {
        RuleFor(c => c.Event.Id).NotEmpty().MaximumLength(255);
        RuleFor(c => c.Event.Type).NotEmpty().MaximumLength(100);
    }
}

public sealed class HandlePaymentEventHandler(
    IMarketplaceDbContext db, IInbox inbox, PaymentResults results, GroupPayments groups, IStockLocks locks, TimeProvider clock)
    : ICommandHandler<HandlePaymentEventCommand, PaymentEventOutcome>
{
    public const string Consumer = "payments";

    public async ValueTask<PaymentEventOutcome> Handle(HandlePaymentEventCommand command, CancellationToken cancellationToken)
    {
        var e = command.Event;
        if (e.OtherMode) return PaymentEventOutcome.Ignored;
        if (!await inbox.TryStartAsync(Consumer, e.Id, cancellationToken)) return PaymentEventOutcome.Duplicate;
        var now = clock.GetUtcNow();

        if (e.Type == "account.updated")
        {
            var grower = await db.Users.FirstOrDefaultAsync(u => u.GrowerProfile != null && u.GrowerProfile.PaymentAccountId == e.AccountId, cancellationToken);
            grower?.UpdatePaymentAccount(e.ChargesEnabled, e.PayoutsEnabled, e.DetailsSubmitted, now);
            return grower is null ? PaymentEventOutcome.UnknownOrder : PaymentEventOutcome.Applied;
        }
        if (e.Type is not ("payment_intent.succeeded" or "payment_intent.payment_failed" or "charge.refunded" or "charge.dispute.created"))
            return PaymentEventOutcome.Ignored;

        // A checkout's one payment: its outcome goes to every order of the group.
        if (e.OrderId is null && await groups.FindAsync(e.OrderGroupId, e.PaymentReference, cancellationToken) is { } group)
            return await ApplyToGroupAsync(e, group, cancellationToken);

        var order = await FindOrderAsync(e, cancellationToken);
        if (order is null) return PaymentEventOutcome.UnknownOrder;
        switch (e.Type)
        {
            case "payment_intent.succeeded":
                await results.ApplyAsync(order, succeeded: true, e.PaymentReference, null, cancellationToken);
                break;
            case "payment_intent.payment_failed":
                await results.ApplyAsync(order, succeeded: false, e.PaymentReference, e.Note, cancellationToken);
                break;
            case "charge.refunded":
                if (order.SyncRefunded(e.AmountRefunded ?? 0, now) && order.CancelsOnProviderRefund)
                {
                    var listingIds = order.Lines.Select(l => l.ListingId).Distinct().ToList();
                    var listings = (await locks.LockListingsAsync(listingIds, cancellationToken)).ToDictionary(l => l.Id);
                    order.Cancel(OrderActor.System, Order.RefundedAtProvider, listings, Guid.Empty, now);
                }
                break;
            default:
                order.MarkDisputed(e.Note, now);
                break;
        }
        return PaymentEventOutcome.Applied;
    }

    private async Task<PaymentEventOutcome> ApplyToGroupAsync(PaymentEvent e, OrderGroup group, CancellationToken cancellationToken)
    {
        var orders = await groups.OrdersOfAsync(group.Id, cancellationToken);
        switch (e.Type)
        {
            case "payment_intent.succeeded":
            case "payment_intent.payment_failed":
                await groups.ApplyAsync(group, orders, e.Type == "payment_intent.succeeded", e.PaymentReference, e.ChargeReference, e.Note, cancellationToken);
                return PaymentEventOutcome.Applied;
            case "charge.dispute.created":
                foreach (var order in orders) order.MarkDisputed(e.Note, clock.GetUtcNow());
                return PaymentEventOutcome.Applied;
            default:
                // charge.refunded reports the whole charge's refunds, which cannot be told apart by order: the marketplace's
                // own refunds of a group's orders are booked by their requests (ADR 48).
                return PaymentEventOutcome.Ignored;
        }
    }

    private async Task<Order?> FindOrderAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        if (e.OrderId is { } id) return await db.Orders.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return e.PaymentReference is null ? null
            : await db.Orders.FirstOrDefaultAsync(o => o.PaymentReference == e.PaymentReference, cancellationToken);
    }
}
