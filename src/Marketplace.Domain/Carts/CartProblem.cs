using Marketplace.Domain.Listings;

namespace Marketplace.Domain.Carts;

/// <summary>
/// Why a cart line could not be bought as it stands: `below_minimum`, `insufficient_stock`, `listing_not_active`
/// (draft, paused, archived, gone, or outside its availability dates) or `price_changed` (since the buyer set the line).
/// </summary>
public enum CartProblem { BelowMinimum, InsufficientStock, ListingNotActive, PriceChanged }

public static class CartProblems
{
    /// <summary>Every problem of the line against the listing as it is now (null: the listing no longer exists).</summary>
    public static IReadOnlyList<CartProblem> Of(CartLine line, Listing? listing, DateTimeOffset now)
    {
        if (listing is null) return [CartProblem.ListingNotActive];
        var problems = new List<CartProblem>();
        if (!listing.IsOrderableOn(DateOnly.FromDateTime(now.UtcDateTime))) problems.Add(CartProblem.ListingNotActive);
        if (line.Quantity < listing.MinimumOrderQuantity) problems.Add(CartProblem.BelowMinimum);
        if (line.Quantity > listing.Available) problems.Add(CartProblem.InsufficientStock);
        if (listing.UnitPriceAmount != line.SeenUnitPriceAmount) problems.Add(CartProblem.PriceChanged);
        return problems;
    }
}
