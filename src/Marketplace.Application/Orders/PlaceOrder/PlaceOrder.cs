using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Users;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Orders.PlaceOrder;

/// <summary>A buyer orders from one grower; stock for every line is reserved, or none is.</summary>
/// <param name="Lines">What to buy: 1–50 lines, all from one grower, each listing once.</param>
/// <param name="DeliveryMethod">`delivery` by the grower, or `pickup` at the farm.</param>
/// <param name="DeliveryAddress">Where to deliver; defaults to the buyer profile's address. Not used for pickup.</param>
/// <param name="RequestedDeliveryDate">The day the buyer wants the produce.</param>
/// <param name="Notes">Notes to the grower (dock hours, substitutions).</param>
[AuthorizeRequest(Roles.Buyer)]
[Idempotent]
public sealed record PlaceOrderCommand(
    IReadOnlyList<OrderLineRequest>? Lines,
    DeliveryMethod? DeliveryMethod,
    AddressBody? DeliveryAddress,
    DateOnly? RequestedDeliveryDate,
    string? Notes) : ICommand<PlaceOrderResponse>, ICallsProviderAfterCommit;

/// <summary>One line of an order.</summary>
/// <param name="ListingId">The listing to buy from: an active listing (take its id from `GET /listings`).</param>
/// <param name="Quantity">Units to buy, at least the listing's minimum order quantity.</param>
public sealed record OrderLineRequest(Guid? ListingId, decimal? Quantity);

public sealed class PlaceOrderValidator : AbstractValidator<PlaceOrderCommand>
{
    public PlaceOrderValidator(TimeProvider clock)
    {
        RuleFor(c => c.Lines).NotEmpty();
        RuleFor(c => c.Lines)
            .Must(l => l!.Count <= OrderSettings.MaxLines).WithMessage($"At most {OrderSettings.MaxLines} lines.")
            .Must(l => l!.Where(x => x?.ListingId is not null).Select(x => x!.ListingId).Distinct().Count() == l!.Count(x => x?.ListingId is not null))
            .WithMessage("Each listing may appear once; put the whole quantity on one line.")
            .When(c => c.Lines is not null);
        RuleForEach(c => c.Lines).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.ListingId).NotNull().NotEqual(Guid.Empty);
            line.RuleFor(l => l.Quantity).NotNull().GreaterThan(0).LessThanOrEqualTo(10_000_000).PrecisionScale(18, 3, ignoreTrailingZeros: true);
        });
        RuleFor(c => c.DeliveryMethod).NotNull().IsInEnum();
        RuleFor(c => c.DeliveryAddress).SetValidator(new AddressValidator()!);
        RuleFor(c => c.RequestedDeliveryDate).GreaterThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("Must be today or later.");
        RuleFor(c => c.Notes).MaximumLength(1000);
    }
}

public sealed class PlaceOrderHandler(
    IMarketplaceDbContext db, IUnitOfWork unitOfWork, UserDirectory users, IStockLocks locks, IOrderNumbers numbers,
    IPaymentGateway payments, IRequestIdempotency idempotency, OrderPlacement placement, OrderSettings settings, TimeProvider clock) : ICommandHandler<PlaceOrderCommand, PlaceOrderResponse>
{
    public async ValueTask<PlaceOrderResponse> Handle(PlaceOrderCommand command, CancellationToken cancellationToken)
    {
        var payment = await unitOfWork.ExecuteInTransactionAsync(ct => ReserveAsync(command, ct), cancellationToken);
        // The order and its reservation are committed: no lock is held while the provider answers. Once stock is
        // reserved the request is seen through, even if the client goes away, so nothing is left half done.
        PaymentIntent intent;
        try
        {
            intent = await payments.CreatePaymentAsync(payment, CancellationToken.None);
        }
        catch (Exception e) when (e is PaymentProviderUnavailableException or PaymentRejectedException)
        {
            await unitOfWork.ExecuteInTransactionAsync(ct => CancelUnpaidAsync(payment.OrderId, ct), CancellationToken.None);
            throw;
        }
        return await unitOfWork.ExecuteInTransactionAsync(ct => AttachAsync(payment.OrderId, intent, ct), CancellationToken.None);
    }

    /// <summary>Reserves the stock and adds the order; returns the payment to ask for, its key fixed by the order id.</summary>
    private async Task<PaymentRequest> ReserveAsync(PlaceOrderCommand command, CancellationToken cancellationToken)
    {
        // An earlier attempt with this Idempotency-Key committed its order and died before answering: finish that one.
        if (idempotency.CommittedResourceId is { } committed
            && await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == committed && o.Status != OrderStatus.Cancelled, cancellationToken) is { } earlier)
            return await PaymentFor(earlier, cancellationToken);

        var buyer = await users.GetCallerAsync(cancellationToken);
        var delivery = OrderPlacement.Delivery(command.DeliveryMethod!.Value, command.DeliveryAddress, command.RequestedDeliveryDate, buyer);

        var requested = command.Lines!.Select(l => (Id: l.ListingId!.Value, Quantity: l.Quantity!.Value)).ToList();
        var listings = (await locks.LockListingsAsync(requested.ConvertAll(r => r.Id), cancellationToken)).ToDictionary(l => l.Id);
        var lines = new List<Order.Request>();
        for (var i = 0; i < requested.Count; i++)
        {
            // A draft or archived listing is as good as unknown to a buyer.
            if (!listings.TryGetValue(requested[i].Id, out var listing) || listing.Status is Domain.Listings.ListingStatus.Draft)
                throw new BadRequestException("unknown_listing", $"Listing '{requested[i].Id}' does not exist.", $"lines[{i}].listingId");
            lines.Add(new Order.Request(listing, requested[i].Quantity));
        }

        var order = Order.Place(await numbers.NextAsync(cancellationToken), buyer.Id, lines, delivery, command.Notes?.Trim(),
            settings.PlatformFeePercent, clock.GetUtcNow());
        db.Orders.Add(order);
        // The key is written with the order, in its transaction: no order commits without the key that finds it again.
        await idempotency.BindAsync(order.Id, cancellationToken);
        return await PaymentFor(order, cancellationToken);
    }

    private async Task<PaymentRequest> PaymentFor(Order order, CancellationToken cancellationToken) =>
        new(order.Id, order.Total, order.Currency, order.PlatformFee,
            await placement.DestinationAsync(order.GrowerId, cancellationToken), IdempotencyKey: $"order-{order.Id}",
            new Dictionary<string, string> { ["order_id"] = order.Id.ToString(), ["order_number"] = order.Number });

    private async Task<PlaceOrderResponse> AttachAsync(Guid orderId, PaymentIntent intent, CancellationToken cancellationToken)
    {
        var order = await db.Orders.FirstAsync(o => o.Id == orderId, cancellationToken);
        order.AttachPayment(intent.Reference);
        // A webhook may have moved the order on already; the intent's word then adds nothing.
        if (intent.Status == PaymentIntentStatus.Succeeded && order.Status == OrderStatus.PendingPayment)
            order.MarkPaid(intent.Reference, clock.GetUtcNow(), settings.ConfirmTimeout);
        return new PlaceOrderResponse(order.ToResponse(), new PaymentSession(payments.Provider, order.PaymentStatus, intent.ClientSecret));
    }

    /// <summary>The provider took no payment: the order is cancelled and its stock goes back.</summary>
    private async Task<bool> CancelUnpaidAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.FirstAsync(o => o.Id == orderId, cancellationToken);
        var listings = (await locks.LockListingsAsync([.. order.Lines.Select(l => l.ListingId)], cancellationToken)).ToDictionary(l => l.Id);
        if (order.Status != OrderStatus.PendingPayment) return false;
        order.Cancel(OrderActor.System, PaymentUnavailableReason, listings, Guid.Empty, clock.GetUtcNow());
        return true;
    }

    public const string PaymentUnavailableReason = "payment provider unavailable";
}
