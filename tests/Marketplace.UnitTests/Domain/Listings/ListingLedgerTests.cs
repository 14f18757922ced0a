using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using static Marketplace.UnitTests.Domain.Listings.Listings;

namespace Marketplace.UnitTests.Domain.Listings;

public sealed class ListingLedgerTests
{
    private static Listing Scenario()
    {
        var listing = Active(stock: 50);
        listing.Receive(25, "harvest", Grower, Now);
        listing.Reserve(30, Order, Grower, Now);
        listing.Adjust(-10, "spoiled", Grower, Now);
        listing.Sell(20, Order, Grower, Now);
        listing.Release(10, Order, Grower, Now);
        listing.Reserve(45, Order, Grower, Now);
        listing.Adjust(5, "recount", Grower, Now);
        return listing;
    }

    [Fact]
    public void Ledger_LastLine_EqualsStock()
    {
        var listing = Scenario();

        var last = listing.TakeNewMovements()[^1];

        Assert.Equal(listing.OnHand, last.OnHandAfter);
        Assert.Equal(listing.Reserved, last.ReservedAfter);
    }

    [Fact]
    public void Ledger_OnHandMovements_SumToOnHand()
    {
        var listing = Scenario();

        var lines = listing.TakeNewMovements();
        var onHand = lines.Where(l => l.Kind is StockMovementKind.Received or StockMovementKind.Adjusted or StockMovementKind.Sold)
            .Sum(l => l.Quantity);

        Assert.Equal(listing.OnHand, onHand);
    }

    [Fact]
    public void Ledger_ReservationsLessSales_SumToReserved()
    {
        var listing = Scenario();

        var lines = listing.TakeNewMovements();
        var reserved = lines.Sum(l => l.Kind switch
        {
            StockMovementKind.Reserved or StockMovementKind.Released or StockMovementKind.Sold => l.Quantity,
            _ => 0m,
        });

        Assert.Equal(listing.Reserved, reserved);
    }

    [Fact]
    public void Ledger_EachLine_AgreesWithThePreviousOne()
    {
        var lines = Scenario().TakeNewMovements();

        decimal onHand = 0, reserved = 0;
        foreach (var line in lines)
        {
            if (line.Kind is StockMovementKind.Received or StockMovementKind.Adjusted or StockMovementKind.Sold) onHand += line.Quantity;
            if (line.Kind is StockMovementKind.Reserved or StockMovementKind.Released) reserved += line.Quantity;
            if (line.Kind is StockMovementKind.Sold) reserved += line.Quantity;
            Assert.Equal(onHand, line.OnHandAfter);
            Assert.Equal(reserved, line.ReservedAfter);
            Assert.True(line.OnHandAfter >= line.ReservedAfter, $"line {line.Sequence} has more reserved than on hand");
        }
    }

    [Fact]
    public void Ledger_Sequences_RunFromOneWithoutGaps()
    {
        var listing = Scenario();

        var lines = listing.TakeNewMovements();

        Assert.Equal(8, lines.Count);
        Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => l.Sequence));
        Assert.Equal(lines.Count, listing.MovementCount);
        Assert.All(lines, l => Assert.Equal(listing.Id, l.ListingId));
    }

    [Fact]
    public void TakeNewMovements_HandsLinesOverOnce_AndNumberingContinues()
    {
        var listing = Active(stock: 5);
        Assert.Single(listing.TakeNewMovements());

        Assert.Empty(listing.TakeNewMovements());
        listing.Receive(1, null, Grower, Now);

        var next = Assert.Single(listing.TakeNewMovements());
        Assert.Equal(2, next.Sequence);
    }

    [Fact]
    public void RefusedChange_AppendsNoLine()
    {
        var listing = Active(stock: 5);
        listing.TakeNewMovements();

        Assert.Throws<DomainRuleException>(() => listing.Reserve(6, Order, Grower, Now));
        Assert.Throws<DomainRuleException>(() => listing.Adjust(-6, null, Grower, Now));

        Assert.Empty(listing.NewMovements);
        Assert.Equal(1, listing.MovementCount);
    }

    [Fact]
    public void RandomWalk_NeverGoesBelowZero_AndAlwaysMatchesTheLedger()
    {
        var random = new Random(20261120);
        var listing = Active(stock: 20);
        for (var i = 0; i < 500; i++)
        {
            var quantity = random.Next(-15, 16);
            try
            {
                switch (random.Next(5))
                {
                    case 0: listing.Receive(quantity, null, Grower, Now); break;
                    case 1: listing.Adjust(quantity, null, Grower, Now); break;
                    case 2: listing.Reserve(quantity, Order, Grower, Now); break;
                    case 3: listing.Release(quantity, Order, Grower, Now); break;
                    default: listing.Sell(quantity, Order, Grower, Now); break;
                }
            }
            catch (DomainRuleException) { }
            Assert.True(listing.Reserved >= 0 && listing.Available >= 0, $"step {i}: {listing.OnHand} on hand, {listing.Reserved} reserved");
        }

        var lines = listing.TakeNewMovements();
        Assert.True(lines.Count > 100, $"only {lines.Count} changes went through");
        Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => l.Sequence));
        Assert.Equal(listing.OnHand, lines[^1].OnHandAfter);
        Assert.Equal(listing.Reserved, lines[^1].ReservedAfter);
        Assert.Equal(listing.OnHand, lines.Where(l => l.Kind is StockMovementKind.Received or StockMovementKind.Adjusted
            or StockMovementKind.Sold).Sum(l => l.Quantity));
    }
}
