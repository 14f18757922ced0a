
namespace Marketplace.Application.Listings;

/// <summary>
/// The one currency the marketplace trades in (<c>Marketplace:Currency</c>, an ISO 4217 code checked at
/// start-up). Every listing is priced in it, so order sums, the board's price filters and its price facets
/// never add up amounts of different currencies.
/// </summary>
public sealed record MarketplaceCurrency(string Code)
{
    /// <summary>Refuses a listing priced in another currency, naming the field, before anything changes.</summary>
    public void EnsureListedIn(ListingFields body)
    {
        if (body.UnitPrice is { } price && price.Currency != Code)
            throw Unsupported(price.Currency, "unitPrice.currency");
        if (body.Delivery?.Fee is { } fee && fee.Currency != Code)
            throw Unsupported(fee.Currency, "delivery.fee.currency");
    }

    public Money Zero => Money.Zero(Code);

    private BadRequestException Unsupported(string currency, string field) =>
        new("unsupported_currency", $"This marketplace trades in {Code} only; '{currency}' is not accepted.", field);
}
