using Marketplace.Application.Listings;

namespace Marketplace.UnitTests.Application.Listings;

public sealed class StockValidatorTests
{
    private static readonly AdjustStockValidator Adjust = new();
    private static readonly ListStockMovementsValidator Movements = new();
    private static readonly Guid ListingId = Guid.CreateVersion7();

    private static AdjustStockCommand Command(StockChangeKind? kind = StockChangeKind.Adjusted, decimal? quantity = 5, string? reason = "recount") =>
        new(ListingId, kind, quantity, reason);

    public static TheoryData<string, AdjustStockCommand> Valid => new()
    {
        { "received positive", Command(StockChangeKind.Received, 12.5m) },
        { "adjusted negative", Command(StockChangeKind.Adjusted, -3) },
        { "adjusted at the maximum", Command(quantity: ListingBodyValidator.MaxQuantity) },
        { "adjusted at the minimum", Command(quantity: -ListingBodyValidator.MaxQuantity) },
        { "3 decimals", Command(quantity: 0.001m) },
        { "no reason", Command(reason: null) },
        { "reason of 500 characters", Command(reason: new string('r', 500)) },
    };

    public static TheoryData<string, AdjustStockCommand, string> Invalid => new()
    {
        { "no kind", Command(kind: null), "Kind" },
        { "kind out of range", Command(kind: (StockChangeKind)999), "Kind" },
        { "no quantity", Command(quantity: null), "Quantity" },
        { "zero", Command(quantity: 0), "Quantity" },
        { "above the maximum", Command(quantity: ListingBodyValidator.MaxQuantity + 1), "Quantity" },
        { "below the minimum", Command(quantity: -ListingBodyValidator.MaxQuantity - 1), "Quantity" },
        { "4 decimals", Command(quantity: 0.0001m), "Quantity" },
        { "received negative", Command(StockChangeKind.Received, -1), "Quantity" },
        { "reason of 501 characters", Command(reason: new string('r', 501)), "Reason" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void AdjustStock_ValidChange_Passes(string @case, AdjustStockCommand command)
    {
        Assert.NotNull(@case);
        ValidationAssert.Passes(Adjust, command);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void AdjustStock_InvalidChange_FailsOnThatProperty(string @case, AdjustStockCommand command, string property)
    {
        Assert.NotNull(@case);
        ValidationAssert.FailsOn(Adjust, command, property);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(100)]
    public void ListStockMovements_LimitInRange_Passes(int? limit)
    {
        ValidationAssert.Passes(Movements, new ListStockMovementsQuery(ListingId, null, limit));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public void ListStockMovements_LimitOutOfRange_FailsOnLimit(int limit)
    {
        ValidationAssert.FailsOn(Movements, new ListStockMovementsQuery(ListingId, null, limit), "Limit");
    }
}
