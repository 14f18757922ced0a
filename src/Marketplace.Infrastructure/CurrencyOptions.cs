namespace Marketplace.Infrastructure;

/// <summary><c>Marketplace:Currency</c>: the one ISO 4217 currency of listings, orders and sums.</summary>
public sealed class CurrencyOptions
{
    public const string Section = "Marketplace";

    public string Currency { get; set; } = "USD";
}
