namespace Marketplace.Domain.Common;

/// <summary>An amount in minor units (cents) of an ISO 4217 currency; never floating point.</summary>
/// <param name="Amount">The amount in minor units of the currency (2450 is $24.50).</param>
/// <param name="Currency">ISO 4217 currency code, e.g. `USD`: the marketplace's one currency.</param>
public sealed record Money(long Amount, string Currency)
{
    public static Money Zero(string currency) => new(0, currency);

    public Money Add(Money other)
    {
        EnsureSameCurrency(other);
        return this with { Amount = checked(Amount + other.Amount) };
    }

    private void EnsureSameCurrency(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
            throw new DomainRuleException("currency_mismatch", $"Cannot combine {Currency} with {other.Currency}.");
    }
}
