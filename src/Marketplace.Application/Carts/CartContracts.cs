using Marketplace.Domain.Carts;
using Marketplace.Domain.Listings;
using Unit = Marketplace.Domain.Listings.Unit;

namespace Marketplace.Application.Carts;

/// <summary>One listing in the cart, at today's price.</summary>
/// <param name="ListingId">The listing.</param>
/// <param name="Quantity">Units the buyer wants.</param>
/// <param name="Title">The listing's title.</param>
/// <param name="Unit">The unit the quantity counts.</param>
/// <param name="UnitPrice">Today's price per unit.</param>
/// <param name="GrowerId">The grower selling it; the checkout makes one order per grower.</param>
/// <param name="Available">Units available now.</param>
/// <param name="LineTotal">Quantity × today's unit price less the bulk discount.</param>
/// <param name="Problems">What stops the line from being bought as it stands; empty when nothing does.</param>
public sealed record CartLineResponse(Guid ListingId, decimal Quantity, string Title, Unit Unit, Money UnitPrice, Guid GrowerId,
    decimal Available, Money LineTotal, IReadOnlyList<CartProblem> Problems);

/// <summary>One grower's part of the cart: it becomes one order at checkout.</summary>
/// <param name="GrowerId">The grower.</param>
/// <param name="FarmName">The grower's farm.</param>
/// <param name="Subtotal">Sum of this grower's line totals.</param>
/// <param name="DeliveryFee">This grower's delivery fee for the delivery method asked about (zero for pickup).</param>
public sealed record CartGrowerResponse(Guid GrowerId, string FarmName, Money Subtotal, Money DeliveryFee);

/// <summary>The buyer's cart, priced today and grouped by grower.</summary>
/// <param name="Lines">The listings in the cart, in the order they were added.</param>
/// <param name="Growers">One entry per grower, in the order the growers first appear.</param>
/// <param name="Subtotal">Sum of all line totals.</param>
/// <param name="DeliveryFees">Sum of the growers' delivery fees.</param>
/// <param name="Total">What checking out would charge today: subtotal plus delivery fees (send it as `expectedTotal`).</param>
public sealed record CartResponse(IReadOnlyList<CartLineResponse> Lines, IReadOnlyList<CartGrowerResponse> Growers, Money Subtotal,
    Money DeliveryFees, Money Total);
