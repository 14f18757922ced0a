using Marketplace.Application.Listings;
using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using static Marketplace.UnitTests.Application.Listings.ValidListing;

namespace Marketplace.UnitTests.Application.Listings;

/// <summary>Price, bulk discounts and quantities.</summary>
public sealed class ListingBodyPriceRulesTests
{
    private const decimal Max = ListingBodyValidator.MaxQuantity;

    public static TheoryData<string, Func<CreateListingBody, CreateListingBody>> Valid => new()
    {
        { "price of 1 cent", b => b with { UnitPrice = new Money(1, "USD") } },
        { "price at the maximum", b => b with { UnitPrice = new Money(ListingBodyValidator.MaxUnitPrice, "USD") } },
        { "no bulk discounts", b => b with { BulkDiscounts = null } },
        { "10 bulk discount tiers", b => b with { BulkDiscounts = Tiers(10) } },
        { "discount at 99.99 %", b => b with { BulkDiscounts = [new BulkDiscount(10, 99.99m)] } },
        { "discount tier at the maximum quantity", b => b with { BulkDiscounts = [new BulkDiscount(Max, 5)] } },
        { "no stock", b => b with { QuantityAvailable = 0 } },
        { "stock at the maximum", b => b with { QuantityAvailable = Max } },
        { "stock with 3 decimals", b => b with { QuantityAvailable = 1.125m } },
        { "no minimum order quantity", b => b with { MinimumOrderQuantity = null } },
        { "minimum order of 0.001", b => b with { MinimumOrderQuantity = 0.001m } },
        { "minimum order at the maximum", b => b with { MinimumOrderQuantity = Max } },
        { "no low-stock threshold", b => b with { LowStockThreshold = null } },
        { "low-stock threshold of 0", b => b with { LowStockThreshold = 0 } },
        { "low-stock threshold at the maximum", b => b with { LowStockThreshold = Max } },
    };

    public static TheoryData<string, Func<CreateListingBody, CreateListingBody>, string> Invalid => new()
    {
        { "no unit price", b => b with { UnitPrice = null }, "Body.UnitPrice" },
        { "price of 0", b => b with { UnitPrice = new Money(0, "USD") }, "Body.UnitPrice.Amount" },
        { "negative price", b => b with { UnitPrice = new Money(-1, "USD") }, "Body.UnitPrice.Amount" },
        { "price above the maximum", b => b with { UnitPrice = new Money(ListingBodyValidator.MaxUnitPrice + 1, "USD") }, "Body.UnitPrice.Amount" },
        { "lower-case currency", b => b with { UnitPrice = new Money(2450, "usd"), Delivery = null }, "Body.UnitPrice.Currency" },
        { "empty currency", b => b with { UnitPrice = new Money(2450, ""), Delivery = null }, "Body.UnitPrice.Currency" },
        { "11 bulk discount tiers", b => b with { BulkDiscounts = Tiers(11) }, "Body.BulkDiscounts" },
        { "two tiers at one quantity", b => b with { BulkDiscounts = [new(10, 5), new(10, 8)] }, "Body.BulkDiscounts" },
        { "tier at quantity 0", b => b with { BulkDiscounts = [new(0, 5)] }, "Body.BulkDiscounts[0].MinQuantity" },
        { "tier above the maximum quantity", b => b with { BulkDiscounts = [new(Max + 1, 5)] }, "Body.BulkDiscounts[0].MinQuantity" },
        { "discount of 0 %", b => b with { BulkDiscounts = [new(10, 0)] }, "Body.BulkDiscounts[0].PercentOff" },
        { "discount of 100 %", b => b with { BulkDiscounts = [new(5, 3), new(10, 100)] }, "Body.BulkDiscounts[1].PercentOff" },
        { "discount with 3 decimals", b => b with { BulkDiscounts = [new(10, 5.125m)] }, "Body.BulkDiscounts[0].PercentOff" },
        { "no quantity available", b => b with { QuantityAvailable = null }, "Body.QuantityAvailable" },
        { "negative stock", b => b with { QuantityAvailable = -1 }, "Body.QuantityAvailable" },
        { "stock above the maximum", b => b with { QuantityAvailable = Max + 1 }, "Body.QuantityAvailable" },
        { "stock with 4 decimals", b => b with { QuantityAvailable = 1.0625m }, "Body.QuantityAvailable" },
        { "minimum order of 0", b => b with { MinimumOrderQuantity = 0 }, "Body.MinimumOrderQuantity" },
        { "minimum order above the maximum", b => b with { MinimumOrderQuantity = Max + 1 }, "Body.MinimumOrderQuantity" },
        { "minimum order with 4 decimals", b => b with { MinimumOrderQuantity = 0.0001m }, "Body.MinimumOrderQuantity" },
        { "negative low-stock threshold", b => b with { LowStockThreshold = -1 }, "Body.LowStockThreshold" },
        { "low-stock threshold above the maximum", b => b with { LowStockThreshold = Max + 1 }, "Body.LowStockThreshold" },
        { "low-stock threshold with 4 decimals", b => b with { LowStockThreshold = 0.0001m }, "Body.LowStockThreshold" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void ListingBody_ValidPriceOrQuantity_Passes(string @case, Func<CreateListingBody, CreateListingBody> change)
    {
        Assert.NotNull(@case);
        ValidationAssert.Passes(Validator, Command(change));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void ListingBody_InvalidPriceOrQuantity_FailsOnThatProperty(string @case, Func<CreateListingBody, CreateListingBody> change, string property)
    {
        Assert.NotNull(@case);
        ValidationAssert.FailsOn(Validator, Command(change), property);
    }

    [Fact]
    public void ListingBody_NullBulkDiscountTier_FailsInsteadOfThrowing()
    {
        var command = Command(b => b with { BulkDiscounts = [null!] });

        var result = Validator.Validate(command);

        Assert.False(result.IsValid);
        Assert.All(result.Errors, e => Assert.StartsWith("Body.BulkDiscounts", e.PropertyName, StringComparison.Ordinal));
    }

    private static List<BulkDiscount> Tiers(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new BulkDiscount(i * 10, i))];
}
