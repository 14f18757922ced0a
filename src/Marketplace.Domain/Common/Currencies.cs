namespace Marketplace.Domain.Common;

/// <summary>
/// ISO 4217 active currency codes and their minor-unit exponent (how many decimals a major unit has):
/// USD 2 (2450 = 24.50), JPY 0 (2450 = 2,450), KWD 3. Kept here rather than read from the host's
/// cultures, whose data varies with the ICU build and is absent in invariant-globalization mode.
/// </summary>
public static class Currencies
{
    private static readonly Dictionary<string, int> Exceptions = new(StringComparer.Ordinal)
    {
        // Currencies without minor units.
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0,
        ["PYG"] = 0, ["RWF"] = 0, ["UGX"] = 0, ["UYI"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        // Currencies with three or four decimals.
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
        ["CLF"] = 4, ["UYW"] = 4,
    };

    /// <summary>The remaining active codes; all of them have two decimals.</summary>
    private static readonly HashSet<string> TwoDecimals = new(
        ("AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF " +
         "CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD " +
         "HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT " +
         "MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR " +
         "SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU " +
         "UZS VED VES WST XCD XCG YER ZAR ZMW ZWG").Split(' '), StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && (TwoDecimals.Contains(code) || Exceptions.ContainsKey(code));

    /// <summary>Decimals of one major unit of <paramref name="code"/> (2 when the code is unknown).</summary>
    public static int MinorUnitDigits(string code) => Exceptions.TryGetValue(code, out var digits) ? digits : 2;
}
