using Marketplace.Domain.Listings;

namespace Marketplace.Domain.Orders;

/// <summary>
/// Exact order money in minor units. Rounding is half away from zero, once per line and once for the fee.
/// Example: 10 cases at 2450 with 5 % off → line 23275; delivery 1500 → total 24775; 5 % fee 1164; payout 23611.
/// </summary>
public static class OrderPricing
{
    /// <summary>The tier with the highest minimum quantity not above the quantity; none → 0 %.</summary>
    public static decimal PercentOff(IEnumerable<BulkDiscount> tiers, decimal quantity) =>
        tiers.Where(t => t.MinQuantity <= quantity).OrderByDescending(t => t.MinQuantity).Select(t => t.PercentOff).FirstOrDefault();

    public static long LineTotal(long unitPrice, decimal quantity, decimal percentOff) =>
        Round(unitPrice * quantity * (100 - percentOff) / 100);

    /// <summary>One delivery fee per order: the highest of its listings' fees when delivered, nothing for pickup.</summary>
    public static long DeliveryFee(DeliveryMethod method, IEnumerable<Listing> listings) =>
        method == DeliveryMethod.Delivery ? listings.Select(l => l.DeliveryFeeAmount ?? 0).DefaultIfEmpty(0).Max() : 0;

    public static long PlatformFee(long subtotal, decimal feePercent) => Round(subtotal * feePercent / 100);

    /// <summary>The share of the platform fee given back when <paramref name="refunded"/> of <paramref name="total"/> is refunded.</summary>
    public static long FeeReturned(long platformFee, long refunded, long total) =>
        total == 0 || refunded >= total ? platformFee : Round((decimal)platformFee * refunded / total);

    private static long Round(decimal amount) => (long)Math.Round(amount, 0, MidpointRounding.AwayFromZero);
}
