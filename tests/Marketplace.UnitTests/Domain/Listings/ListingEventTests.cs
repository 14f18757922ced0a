using Marketplace.Domain.Listings;
using static Marketplace.UnitTests.Domain.Listings.Listings;

namespace Marketplace.UnitTests.Domain.Listings;

public sealed class ListingEventTests
{
    private static Listing ActiveWithoutEvents(decimal stock = 20, decimal lowStockThreshold = 5)
    {
        var listing = Active(stock, lowStockThreshold);
        listing.ClearDomainEvents();
        return listing;
    }

    [Fact]
    public void Reserve_LastUnit_MarksSoldOutAndRaisesListingSoldOut()
    {
        var listing = ActiveWithoutEvents(stock: 20);

        listing.Reserve(20, Order, Grower, Now);

        Assert.Equal(ListingStatus.SoldOut, listing.Status);
        var soldOut = Assert.IsType<ListingSoldOut>(Assert.Single(listing.DomainEvents));
        Assert.Equal(listing.Id, soldOut.ListingId);
        Assert.Equal(Grower, soldOut.GrowerId);
    }

    [Fact]
    public void Adjust_ToReserved_MarksSoldOut()
    {
        var listing = ActiveWithoutEvents(stock: 20);

        listing.Adjust(-20, "spoiled", Grower, Now);

        Assert.Equal(ListingStatus.SoldOut, listing.Status);
        Assert.Single(listing.DomainEvents.OfType<ListingSoldOut>());
    }

    [Fact]
    public void Receive_WhenSoldOut_ReturnsToActive()
    {
        var listing = ActiveWithoutEvents(stock: 20);
        listing.Reserve(20, Order, Grower, Now);

        listing.Receive(10, "harvest", Grower, Now);

        Assert.Equal(ListingStatus.Active, listing.Status);
        Assert.Equal(10, listing.Available);
    }

    [Fact]
    public void Release_WhenSoldOut_ReturnsToActive()
    {
        var listing = ActiveWithoutEvents(stock: 20);
        listing.Reserve(20, Order, Grower, Now);

        listing.Release(5, Order, Grower, Now);

        Assert.Equal(ListingStatus.Active, listing.Status);
    }

    [Fact]
    public void Restock_WhilePaused_StaysPaused()
    {
        var listing = ActiveWithoutEvents(stock: 20);
        listing.Reserve(20, Order, Grower, Now);
        listing.Pause(Now);

        listing.Receive(10, "harvest", Grower, Now);

        Assert.Equal(ListingStatus.Paused, listing.Status);
    }

    [Fact]
    public void StockRunningOut_OnADraft_DoesNotMarkSoldOut()
    {
        var listing = Draft(stock: 5);
        listing.ClearDomainEvents();

        listing.Adjust(-5, null, Grower, Now);

        Assert.Equal(ListingStatus.Draft, listing.Status);
        Assert.Empty(listing.DomainEvents.OfType<ListingSoldOut>());
    }

    [Fact]
    public void LowStock_RaisedOnce_WhenCrossingTheThreshold()
    {
        var listing = ActiveWithoutEvents(stock: 20, lowStockThreshold: 5);

        listing.Reserve(10, Order, Grower, Now);
        Assert.Empty(listing.DomainEvents);
        listing.Reserve(6, Order, Grower, Now);
        listing.Reserve(2, Order, Grower, Now);
        listing.Adjust(-1, null, Grower, Now);

        var low = Assert.Single(listing.DomainEvents.OfType<ListingLowStock>());
        Assert.Equal(4, low.Available);
        Assert.Equal(5, low.Threshold);
        Assert.Equal(listing.Id, low.ListingId);
    }

    [Fact]
    public void LowStock_RaisedAgain_AfterRestockAboveTheThreshold()
    {
        var listing = ActiveWithoutEvents(stock: 20, lowStockThreshold: 5);
        listing.Reserve(16, Order, Grower, Now);

        listing.Receive(10, "harvest", Grower, Now);
        listing.Reserve(10, Order, Grower, Now);

        Assert.Equal(2, listing.DomainEvents.OfType<ListingLowStock>().Count());
    }

    [Fact]
    public void LowStock_NotRaised_WhenStockRunsOutInOneStep()
    {
        var listing = ActiveWithoutEvents(stock: 20, lowStockThreshold: 5);

        listing.Reserve(20, Order, Grower, Now);

        Assert.Empty(listing.DomainEvents.OfType<ListingLowStock>());
    }

    [Fact]
    public void Create_WithStockAboveThreshold_RaisesNoLowStock()
    {
        var listing = Draft(stock: 100, lowStockThreshold: 10);

        Assert.Empty(listing.DomainEvents);
    }

    [Fact]
    public void Update_RaisingTheThresholdAboveAvailable_RaisesLowStock()
    {
        var listing = ActiveWithoutEvents(stock: 20, lowStockThreshold: 5);

        listing.Update(Details(lowStockThreshold: 25), Now);

        Assert.Single(listing.DomainEvents.OfType<ListingLowStock>());
    }
}
