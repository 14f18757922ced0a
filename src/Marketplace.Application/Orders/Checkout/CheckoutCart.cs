using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Listings;
using Marketplace.Application.Orders;
using Marketplace.Application.Orders.PlaceOrder;
using Marketplace.Application.Payments;
using Marketplace.Application.Users;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Orders.Checkout;

/// <summary>Checks the cart out: one order per grower, all the stock reserved or none, one payment for the total.</summary>
/// <param name="DeliveryMethod">`delivery` by each grower, or `pickup` at each farm.</param>
/// <param name="DeliveryAddress">Where to deliver; defaults to the buyer profile's address. Not used for pickup.</param>
/// <param name="RequestedDeliveryDate">The day the buyer wants the produce.</param>
/// <param name="Notes">Notes to every grower (dock hours, substitutions).</param>
/// <param name="ExpectedTotal">The total the buyer saw (`GET /cart`'s `total` for this delivery method); a different total today is 409 `cart_changed`.</param>
[AuthorizeRequest(Roles.Buyer)]
[Idempotent]
public sealed record CheckoutCartCommand(
    DeliveryMethod? DeliveryMethod,
    AddressBody? DeliveryAddress,
    DateOnly? RequestedDeliveryDate,
    string? Notes,
    Money? ExpectedTotal) : ICommand<CheckoutResponse>, ICallsProviderAfterCommit;

public sealed class CheckoutCartValidator : AbstractValidator<CheckoutCartCommand>
{
    public CheckoutCartValidator(TimeProvider clock)
    {
        RuleFor(c => c.DeliveryMethod).NotNull().IsInEnum();
        RuleFor(c => c.DeliveryAddress).SetValidator(new AddressValidator()!);
        RuleFor(c => c.RequestedDeliveryDate).GreaterThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("Must be today or later.");
        RuleFor(c => c.Notes).MaximumLength(1000);
        RuleFor(c => c.ExpectedTotal!).SetValidator(new MoneyValidator(minimum: 0, long.MaxValue)).When(c => c.ExpectedTotal is not null);
    }
}

public sealed class CheckoutCartHandler(
    IMarketplaceDbContext db, IUnitOfWork unitOfWork, UserDirectory users, IStockLocks locks, IOrderNumbers numbers, IPaymentGateway payments,
    IRequestIdempotency idempotency, OrderPlacement placement, GroupPayments groups, OrderSettings settings, TimeProvider clock)
    : ICommandHandler<CheckoutCartCommand, CheckoutResponse>
{
    public async ValueTask<CheckoutResponse> Handle(CheckoutCartCommand command, CancellationToken cancellationToken)
    {
        var payment = await unitOfWork.ExecuteInTransactionAsync(ct => ReserveAsync(command, ct), cancellationToken);
        // Everything is committed: no lock is held while the provider answers, and the request is seen through from here.
        PaymentIntent intent;
        try
        {
            intent = await payments.CreateGroupPaymentAsync(payment, CancellationToken.None);
        }
        catch (Exception e) when (e is PaymentProviderUnavailableException or PaymentRejectedException)
        {
            await unitOfWork.ExecuteInTransactionAsync(ct => CancelUnpaidAsync(payment.GroupId, ct), CancellationToken.None);
            throw;
        }
        return await unitOfWork.ExecuteInTransactionAsync(ct => AttachAsync(payment.GroupId, intent, ct), CancellationToken.None);
    }

    private async Task<GroupPaymentRequest> ReserveAsync(CheckoutCartCommand command, CancellationToken cancellationToken)
    {
        // An earlier attempt with this Idempotency-Key committed its group and died before answering: finish that one.
        if (idempotency.CommittedResourceId is { } committed
            && await db.OrderGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == committed, cancellationToken) is { } earlier)
            return await PaymentForAsync(earlier, await db.Orders.AsNoTracking().Where(o => o.OrderGroupId == earlier.Id).ToListAsync(cancellationToken), cancellationToken);

        var buyer = await users.GetCallerAsync(cancellationToken);
        var cart = await db.Carts.FirstOrDefaultAsync(c => c.BuyerId == buyer.Id, cancellationToken);
        if (cart is null || cart.Lines.Count == 0)
            throw new BadRequestException("cart_empty", "The cart is empty; add listings with PUT /cart/lines/{listingId}.");
        var delivery = OrderPlacement.Delivery(command.DeliveryMethod!.Value, command.DeliveryAddress, command.RequestedDeliveryDate, buyer);

        // One lock call for every grower's listings: the locks are taken in id order, as PlaceOrder takes them.
        var listings = (await locks.LockListingsAsync([.. cart.Lines.Select(l => l.ListingId)], cancellationToken)).ToDictionary(l => l.Id);
        var lines = new List<Order.Request>();
        foreach (var line in cart.Lines)
        {
            if (!listings.TryGetValue(line.ListingId, out var listing) || listing.Status is ListingStatus.Draft)
                throw new DomainRuleException("listing_not_active", $"Listing '{line.ListingId}' is not on sale; remove it from the cart.");
            lines.Add(new Order.Request(listing, line.Quantity));
        }

        var growers = lines.Select(l => l.Listing.GrowerId).Distinct().Count();
        var sequences = await numbers.NextAsync(growers, cancellationToken);
        var now = clock.GetUtcNow();
        var (group, orders) = OrderGroup.Place(sequences, buyer.Id, lines, delivery, command.Notes?.Trim(), settings.PlatformFeePercent, now);
        if (command.ExpectedTotal is { } expected && (expected.Amount != group.Total || expected.Currency != group.Currency))
            throw new DomainRuleException("cart_changed",
                $"The cart totals {group.Total} {group.Currency} today, not {expected.Amount} {expected.Currency}; read GET /cart again.");

        db.OrderGroups.Add(group);
        foreach (var order in orders) db.Orders.Add(order);
        // Emptied in the same transaction: the cart is gone exactly when its orders exist.
        cart.Clear(now);
        await idempotency.BindAsync(group.Id, cancellationToken);
        return await PaymentForAsync(group, orders, cancellationToken);
    }

    /// <summary>The one payment to ask for, its key fixed by the group id; every grower must be able to be paid.</summary>
    private async Task<GroupPaymentRequest> PaymentForAsync(OrderGroup group, IReadOnlyList<Order> orders, CancellationToken cancellationToken)
    {
        foreach (var growerId in orders.Select(o => o.GrowerId).Distinct()) await placement.DestinationAsync(growerId, cancellationToken);
        return new GroupPaymentRequest(group.Id, group.Total, group.Currency, group.TransferGroup, group.PaymentKey,
            new Dictionary<string, string> { ["order_group_id"] = group.Id.ToString() });
    }

    private async Task<CheckoutResponse> AttachAsync(Guid groupId, PaymentIntent intent, CancellationToken cancellationToken)
    {
        var group = await db.OrderGroups.FirstAsync(g => g.Id == groupId, cancellationToken);
        var orders = await groups.OrdersOfAsync(groupId, cancellationToken);
        group.AttachPayment(intent.Reference);
        foreach (var order in orders) order.AttachPayment(intent.Reference);
        // A webhook may have paid the group already; then this adds nothing.
        if (intent.Status == PaymentIntentStatus.Succeeded)
            await groups.ApplyAsync(group, orders, succeeded: true, intent.Reference, intent.ChargeReference, null, cancellationToken);
        return new CheckoutResponse(group.ToResponse(orders), new PaymentSession(payments.Provider, group.PaymentStatus, intent.ClientSecret));
    }

    /// <summary>The provider took no payment: every order of the group is cancelled and its stock goes back.</summary>
    private async Task<bool> CancelUnpaidAsync(Guid groupId, CancellationToken cancellationToken)
    {
        var listingIds = await db.Orders.AsNoTracking().Where(o => o.OrderGroupId == groupId).SelectMany(o => o.Lines).Select(l => l.ListingId)
            .Distinct().ToListAsync(cancellationToken);
        var listings = (await locks.LockListingsAsync(listingIds, cancellationToken)).ToDictionary(l => l.Id);
        foreach (var order in await groups.OrdersOfAsync(groupId, cancellationToken))
            if (order.Status == OrderStatus.PendingPayment)
                order.Cancel(OrderActor.System, PlaceOrderHandler.PaymentUnavailableReason, listings, Guid.Empty, clock.GetUtcNow());
        return true;
    }
}
