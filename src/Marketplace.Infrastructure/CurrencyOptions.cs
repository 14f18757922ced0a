using Marketplace.Domain.Common;
using Marketplace.Infrastructure.Settings;

namespace Marketplace.Infrastructure;

/// <summary><c>Marketplace:Currency</c>: the one ISO 4217 currency of listings, orders and sums.</summary>
public sealed class CurrencyOptions
{
    public const string Section = "Marketplace";

    public string Currency { get; set; } = "USD";
}

internal sealed class CurrencyOptionsValidator : OptionsValidator<CurrencyOptions>
{
    protected override IEnumerable<string> Failures(CurrencyOptions o)
    {
        if (!Currencies.IsKnown(o.Currency)) yield return "Marketplace:Currency must be an ISO 4217 currency code in upper case, such as 'USD'.";
    }
}
