using Marketplace.Domain.Common;

namespace Marketplace.Infrastructure.Seeding;

/// <summary>
/// The demo catalogue is priced in US cents; this turns a price into the marketplace's currency at a rough,
/// fixed rate, rounded to a price a grower would write (whole tens where the currency has no minor units).
/// Demo data only: nothing real is ever converted.
/// </summary>
internal static class DemoPrices
{
    /// <summary>About how many major units of each currency one US dollar buys; any other currency is taken one to one.</summary>
    private static readonly Dictionary<string, decimal> PerDollar = new(StringComparer.Ordinal)
    {
        ["JPY"] = 150m, ["KRW"] = 1400m, ["CLP"] = 950m, ["ISK"] = 140m, ["VND"] = 25_000m,
        ["INR"] = 85m, ["CNY"] = 7m, ["MXN"] = 18m, ["BRL"] = 5.5m, ["ZAR"] = 18m, ["SEK"] = 10.5m, ["NOK"] = 11m,
        ["EUR"] = 0.9m, ["GBP"] = 0.8m, ["CHF"] = 0.9m, ["CAD"] = 1.4m, ["AUD"] = 1.5m, ["KWD"] = 0.3m,
    };

    public static Money Convert(long usdCents, string currency)
    {
        if (currency == "USD") return new Money(usdCents, currency);
        var major = usdCents / 100m * PerDollar.GetValueOrDefault(currency, 1m);
        var digits = Currencies.MinorUnitDigits(currency);
        // Whole tens without minor units (3,675 -> 3,680); otherwise the nearest minor unit.
        var minor = digits == 0 ? Math.Round(major / 10m, MidpointRounding.AwayFromZero) * 10m : Math.Round(major * Pow10(digits), MidpointRounding.AwayFromZero);
        return new Money((long)Math.Max(minor, 1m), currency);
    }

    private static decimal Pow10(int digits)
    {
        var factor = 1m;
        for (var i = 0; i < digits; i++) factor *= 10m;
        return factor;
    }
}
