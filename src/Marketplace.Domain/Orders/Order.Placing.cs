using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;

namespace Marketplace.Domain.Orders;

public sealed partial class Order
{
    /// <summary>A requested line: which listing (already loaded and locked for update) and how much.</summary>
    public sealed record Request(Listing Listing, decimal Quantity);

    /// <summary>
    /// Places the order and reserves its stock. Every rule is checked before any stock moves, so a refused
    /// order changes nothing; the caller's transaction makes the reservation all-or-nothing.
    /// </summary>
    public static Order Place(long sequence, Guid buyerId, IReadOnlyList<Request> lines, OrderDelivery delivery,
        string? notes, decimal platformFeePercent, DateTimeOffset now, Guid? groupId = null)
    {
        if (lines.Count == 0) throw new DomainRuleException("empty_order", "An order needs at least one line.");
        var growerId = lines[0].Listing.GrowerId;
        if (lines.Any(l => l.Listing.GrowerId != growerId))
            throw new DomainRuleException("multiple_growers", "All lines of an order must come from one grower; place one order per grower.",
                ErrorKind.Validation, "lines");
        if (growerId == buyerId)
            throw new DomainRuleException("own_listing", "A grower cannot buy its own listings.");
        var currency = lines[0].Listing.Currency;
        if (lines.Any(l => l.Listing.Currency != currency))
            throw new DomainRuleException("currency_mismatch", "All lines of an order must be in one currency.");
        if (delivery.Method == DeliveryMethod.Delivery && delivery.Address is not { Latitude: not null, Longitude: not null })
            throw new UnlocatedDeliveryException();
        foreach (var line in lines) EnsureOrderable(line, delivery, now);
        EnsureInStock(lines);

        var order = new Order
        {
            Sequence = sequence,
            Number = FormatNumber(sequence),
            BuyerId = buyerId,
            GrowerId = growerId,
            OrderGroupId = groupId,
            Currency = currency,
            Delivery = delivery,
            Notes = notes,
            Status = OrderStatus.PendingPayment,
            PaymentStatus = PaymentStatus.RequiresPayment,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        order._lines.AddRange(lines.Select(l => new OrderLine(l.Listing, l.Quantity)));
        var subtotal = order.Lines.Sum(l => l.LineTotal);
        order.Subtotal = subtotal;
        order.DeliveryFee = OrderPricing.DeliveryFee(delivery.Method, lines.Select(l => l.Listing));
        order.PlatformFee = OrderPricing.PlatformFee(subtotal, platformFeePercent);
        order.Total = subtotal + order.DeliveryFee;
        order.Timeline = [new OrderEvent(OrderStatus.PendingPayment, now, OrderActor.Buyer, null)];

        foreach (var line in lines) line.Listing.Reserve(line.Quantity, order.Id, buyerId, now);
        order.Raise(new OrderPlaced(order.Id, now));
        return order;
    }

    /// <summary>Every line is in stock, or the refusal names every listing that is short (not just the first).</summary>
    public static void EnsureInStock(IEnumerable<Request> lines)
    {
        var shortLines = lines.Where(l => l.Quantity > l.Listing.Available)
            .Select(l => $"Only {l.Listing.Available} of '{l.Listing.Title}' ({l.Listing.Id}) is available.").ToList();
        if (shortLines.Count > 0) throw new DomainRuleException("insufficient_stock", string.Join(" ", shortLines));
    }

    private static void EnsureOrderable(Request line, OrderDelivery delivery, DateTimeOffset now)
    {
        var listing = line.Listing;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (!listing.IsOnSale)
            throw new DomainRuleException("listing_not_active", $"'{listing.Title}' ({listing.Id}) is not on sale.");
        if (!listing.IsAvailableOn(today))
            throw new DomainRuleException("listing_not_available", $"'{listing.Title}' ({listing.Id}) is not available on {today:yyyy-MM-dd}.");
        if (line.Quantity < listing.MinimumOrderQuantity)
            throw new DomainRuleException("below_minimum_quantity",
                $"'{listing.Title}' ({listing.Id}) sells at least {listing.MinimumOrderQuantity} per order.");

        var offered = delivery.Method == DeliveryMethod.Delivery ? listing.OffersDelivery : listing.OffersPickup;
        if (!offered)
            throw new DomainRuleException("delivery_not_offered",
                $"'{listing.Title}' ({listing.Id}) does not offer {EnumCode<DeliveryMethod>.ToCode(delivery.Method)}.");
        if (delivery.Method == DeliveryMethod.Delivery && delivery.Address is { Latitude: { } lat, Longitude: { } lng }
            && listing.DeliveryRadiusMiles is { } radius
            && GeoDistance.Miles(listing.Latitude, listing.Longitude, lat, lng) > (double)radius)
            throw new DomainRuleException("outside_delivery_radius",
                $"The address is outside the {radius}-mile delivery radius of '{listing.Title}' ({listing.Id}).");
    }
}
