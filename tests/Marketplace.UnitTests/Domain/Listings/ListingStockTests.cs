using Marketplace.Domain.Common;
using static Marketplace.UnitTests.Domain.Listings.Listings;

namespace Marketplace.UnitTests.Domain.Listings;

public sealed class ListingStockTests
{
    [Fact]
    public void Create_WithInitialQuantity_PutsItOnHand()
    {
        var listing = Draft(stock: 120);

        Assert.Equal(120, listing.OnHand);
        Assert.Equal(0, listing.Reserved);
        Assert.Equal(120, listing.Available);
    }

    [Fact]
    public void Adjust_BelowReserved_ThrowsInsufficientStock()
    {
        var listing = Active(stock: 10);
        listing.Reserve(6, Order, Grower, Now);

        var error = Assert.Throws<DomainRuleException>(() => listing.Adjust(-5, "spoiled", Grower, Now));

        Assert.Equal("insufficient_stock", error.Code);
        Assert.Equal(10, listing.OnHand);
        Assert.Equal(6, listing.Reserved);
    }

    [Fact]
    public void Adjust_BelowZero_ThrowsInsufficientStock()
    {
        var listing = Active(stock: 3);

        var error = Assert.Throws<DomainRuleException>(() => listing.Adjust(-4, "count", Grower, Now));

        Assert.Equal("insufficient_stock", error.Code);
        Assert.Equal(3, listing.OnHand);
    }

    [Fact]
    public void Adjust_DownToReserved_IsAllowed()
    {
        var listing = Active(stock: 10);
        listing.Reserve(6, Order, Grower, Now);

        listing.Adjust(-4, "count", Grower, Now);

        Assert.Equal(6, listing.OnHand);
        Assert.Equal(0, listing.Available);
    }

    [Fact]
    public void Adjust_ByZero_ThrowsInvalidQuantity()
    {
        var error = Assert.Throws<DomainRuleException>(() => Active().Adjust(0, null, Grower, Now));
        Assert.Equal("invalid_quantity", error.Code);
    }

    [Fact]
    public void Reserve_MoreThanAvailable_ThrowsInsufficientStock()
    {
        var listing = Active(stock: 10);
        listing.Reserve(4, Order, Grower, Now);

        var error = Assert.Throws<DomainRuleException>(() => listing.Reserve(7, Order, Grower, Now));

        Assert.Equal("insufficient_stock", error.Code);
        Assert.Equal(4, listing.Reserved);
        Assert.Equal(6, listing.Available);
    }

    [Fact]
    public void Reserve_ExactlyAvailable_LeavesNothingAvailable()
    {
        var listing = Active(stock: 10);

        listing.Reserve(10, Order, Grower, Now);

        Assert.Equal(10, listing.OnHand);
        Assert.Equal(10, listing.Reserved);
        Assert.Equal(0, listing.Available);
    }

    [Fact]
    public void Release_MoreThanReserved_Throws()
    {
        var listing = Active(stock: 10);
        listing.Reserve(3, Order, Grower, Now);

        var error = Assert.Throws<DomainRuleException>(() => listing.Release(4, Order, Grower, Now));

        Assert.Equal("insufficient_reserved", error.Code);
        Assert.Equal(3, listing.Reserved);
    }

    [Fact]
    public void Sell_MoreThanReserved_Throws()
    {
        var listing = Active(stock: 10);
        listing.Reserve(3, Order, Grower, Now);

        var error = Assert.Throws<DomainRuleException>(() => listing.Sell(4, Order, Grower, Now));

        Assert.Equal("insufficient_reserved", error.Code);
        Assert.Equal(10, listing.OnHand);
        Assert.Equal(3, listing.Reserved);
    }

    [Fact]
    public void Sell_Reserved_LeavesOnHandAndReserved()
    {
        var listing = Active(stock: 10);
        listing.Reserve(3, Order, Grower, Now);

        listing.Sell(3, Order, Grower, Now);

        Assert.Equal(7, listing.OnHand);
        Assert.Equal(0, listing.Reserved);
        Assert.Equal(7, listing.Available);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void StockChanges_WithNonPositiveQuantity_ThrowInvalidQuantity(decimal quantity)
    {
        var listing = Active();

        Assert.Equal("invalid_quantity", Assert.Throws<DomainRuleException>(() => listing.Receive(quantity, null, Grower, Now)).Code);
        Assert.Equal("invalid_quantity", Assert.Throws<DomainRuleException>(() => listing.Reserve(quantity, Order, Grower, Now)).Code);
        Assert.Equal("invalid_quantity", Assert.Throws<DomainRuleException>(() => listing.Release(quantity, Order, Grower, Now)).Code);
        Assert.Equal("invalid_quantity", Assert.Throws<DomainRuleException>(() => listing.Sell(quantity, Order, Grower, Now)).Code);
    }
}
