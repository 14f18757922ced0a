using Marketplace.Application.Listings;
using Marketplace.Domain.Carts;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Carts;

/// <summary>
/// Prices a cart at today's prices with the order rules themselves (<see cref="OrderPricing"/>), so the total shown is
/// the total a checkout charges for the same delivery method.
/// </summary>
public sealed class CartPricing(IMarketplaceDbContext db, MarketplaceCurrency currency, TimeProvider clock)
{
    public async Task<CartResponse> PriceAsync(Cart? cart, DeliveryMethod method, CancellationToken cancellationToken)
    {
        var lines = cart?.Lines ?? [];
        var ids = lines.Select(l => l.ListingId).ToList();
        var listings = ids.Count == 0 ? [] : await db.Listings.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        return Price(lines, listings, method);
    }

    /// <summary>Listings no longer stored are left out: a listing is archived, never deleted, so this only skips what cannot be shown.</summary>
    public CartResponse Price(IReadOnlyList<CartLine> lines, IReadOnlyDictionary<Guid, Listing> listings, DeliveryMethod method)
    {
        var now = clock.GetUtcNow();
        Money M(long amount) => new(amount, currency.Code);
        // The store returns lines in key order, not the order they were added; lines added by one request tie on the time.
        var priced = lines.Where(l => listings.ContainsKey(l.ListingId)).OrderBy(l => l.AddedAt).ThenBy(l => l.ListingId)
            .Select(l => (Line: l, Listing: listings[l.ListingId])).ToList();
        var responses = priced.Select(p => new CartLineResponse(p.Line.ListingId, p.Line.Quantity, p.Listing.Title, p.Listing.Unit,
            M(p.Listing.UnitPriceAmount), p.Listing.GrowerId, p.Listing.Available, M(LineTotal(p.Line, p.Listing)),
            CartProblems.Of(p.Line, p.Listing, now))).ToList();
        var growers = priced.GroupBy(p => p.Listing.GrowerId).Select(g => new CartGrowerResponse(g.Key, g.First().Listing.FarmName,
            M(g.Sum(p => LineTotal(p.Line, p.Listing))), M(OrderPricing.DeliveryFee(method, g.Select(p => p.Listing))))).ToList();
        var subtotal = growers.Sum(g => g.Subtotal.Amount);
        var fees = growers.Sum(g => g.DeliveryFee.Amount);
        return new CartResponse(responses, growers, M(subtotal), M(fees), M(subtotal + fees));
    }

    private static long LineTotal(CartLine line, Listing listing) =>
        OrderPricing.LineTotal(listing.UnitPriceAmount, line.Quantity, OrderPricing.PercentOff(listing.BulkDiscounts, line.Quantity));
}
