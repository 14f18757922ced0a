using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;

namespace Marketplace.Domain.Orders;

/// <summary>A line as it was when ordered: later changes to the listing do not change the order.</summary>
public sealed class OrderLine
{
    private OrderLine() { }

    internal OrderLine(Listing listing, decimal quantity)
    {
        ListingId = listing.Id;
        Title = listing.Title;
        Unit = listing.Unit;
        UnitPriceAmount = listing.UnitPriceAmount;
        Quantity = quantity;
        PercentOff = OrderPricing.PercentOff(listing.BulkDiscounts, quantity);
        LineTotal = OrderPricing.LineTotal(UnitPriceAmount, quantity, PercentOff);
    }

    public Guid ListingId { get; private init; }
    public string Title { get; private init; } = "";
    public Unit Unit { get; private init; }
    public long UnitPriceAmount { get; private init; }
    public decimal Quantity { get; private init; }
    public decimal PercentOff { get; private init; }
    public long LineTotal { get; private init; }
}

/// <summary>One step of the order's history.</summary>
public sealed record OrderEvent(OrderStatus Status, DateTimeOffset At, OrderActor Actor, string? Note);

/// <summary>
/// Money given back to the buyer, and the part of it that was the platform's fee. <see cref="RequestKey"/> is the
/// provider idempotency key of the refund request that made it (none for refunds made at the provider).
/// </summary>
public sealed record Refund(Guid Id, long Amount, long FeeReturned, string Reason, OrderActor Actor, DateTimeOffset At, string? ProviderReference,
    string? RequestKey = null);

public sealed record OrderDelivery(DeliveryMethod Method, Address? Address, DateOnly? RequestedDate);
