using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;

namespace Marketplace.UnitTests.Domain.Orders;

public sealed class OrderPricingTests
{
    [Fact]
    public void Place_ContractExample_IsExactToTheCent()
    {
        var order = Orders.Place(quantity: 10, delivery: DeliveryMethod.Delivery);

        Assert.Equal(5m, order.Lines[0].PercentOff);
        Assert.Equal(23275, order.Lines[0].LineTotal);
        Assert.Equal(23275, order.Subtotal);
        Assert.Equal(1500, order.DeliveryFee);
        Assert.Equal(24775, order.Total);
        Assert.Equal(1164, order.PlatformFee);
        Assert.Equal(23611, order.GrowerPayout);
    }

    [Fact]
    public void Place_Pickup_ChargesNoDeliveryFee()
    {
        var order = Orders.Place(quantity: 2, delivery: DeliveryMethod.Pickup);
        Assert.Equal(0, order.DeliveryFee);
        Assert.Equal(4900, order.Total);
        Assert.Equal(245, order.PlatformFee);
    }

    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 5)]
    [InlineData(24.999, 5)]
    [InlineData(25, 10)]
    [InlineData(1000, 10)]
    public void PercentOff_TakesTheHighestTierReached(decimal quantity, decimal expected)
    {
        BulkDiscount[] tiers = [new(25, 10), new(10, 5)];
        Assert.Equal(expected, OrderPricing.PercentOff(tiers, quantity));
    }

    [Theory]
    [InlineData(333, 1.5, 0, 500)]      // 499.5 rounds away from zero
    [InlineData(333, 0.5, 0, 167)]      // 166.5 → 167
    [InlineData(199, 3, 12.5, 522)]     // 522.375 → 522
    [InlineData(1, 0.001, 0, 0)]        // 0.001 → 0
    [InlineData(2450, 10, 5, 23275)]
    [InlineData(999_999, 3.333, 33.33, 2_222_109)] // 2 222 109.18… → 2 222 109
    public void LineTotal_RoundsHalfAwayFromZero(long unitPrice, decimal quantity, decimal percentOff, long expected) =>
        Assert.Equal(expected, OrderPricing.LineTotal(unitPrice, quantity, percentOff));

    [Theory]
    [InlineData(23275, 5, 1164)]  // 1163.75
    [InlineData(10, 5, 1)]        // 0.5 → 1
    [InlineData(9, 5, 0)]         // 0.45 → 0
    [InlineData(30, 5, 2)]        // 1.5 → 2
    [InlineData(0, 5, 0)]
    public void PlatformFee_RoundsHalfAwayFromZero(long subtotal, decimal percent, long expected) =>
        Assert.Equal(expected, OrderPricing.PlatformFee(subtotal, percent));

    [Theory]
    [InlineData(1164, 0, 24775, 0)]
    [InlineData(1164, 24775, 24775, 1164)]
    [InlineData(1164, 12387, 24775, 582)]   // 581.97… → 582
    [InlineData(1164, 30000, 24775, 1164)]  // never more than the fee
    public void FeeReturned_IsProRata_AndAllOfItOnAFullRefund(long fee, long refunded, long total, long expected) =>
        Assert.Equal(expected, OrderPricing.FeeReturned(fee, refunded, total));
}
