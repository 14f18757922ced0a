using Marketplace.Domain.Common;

namespace Marketplace.Domain.Carts;

/// <summary>
/// A buyer's one cart: listings from any number of growers, each once, with the price seen when it was last set
/// (so a later price change shows as a problem instead of surprising the buyer at checkout).
/// </summary>
public sealed class Cart : Entity
{
    public const int MaxLines = 100;

    private Cart() { }

    public Guid BuyerId { get; private init; }
    public IReadOnlyList<CartLine> Lines => _lines;
    private readonly List<CartLine> _lines = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Cart For(Guid buyerId, DateTimeOffset now) => new() { BuyerId = buyerId, UpdatedAt = now };

    /// <summary>Adds the listing or sets its quantity; the price the buyer sees now is remembered.</summary>
    public void Set(Guid listingId, decimal quantity, long unitPriceAmount, DateTimeOffset now)
    {
        if (quantity <= 0) throw new DomainRuleException("invalid_quantity", "A cart line needs a quantity above 0.");
        var line = Lines.FirstOrDefault(l => l.ListingId == listingId);
        if (line is null)
        {
            if (Lines.Count >= MaxLines) throw new DomainRuleException("cart_full", $"A cart holds at most {MaxLines} listings.");
            _lines.Add(new CartLine(listingId, quantity, unitPriceAmount, now));
        }
        else line.Change(quantity, unitPriceAmount, now);
        UpdatedAt = now;
    }

    /// <summary>Whether the listing was in the cart.</summary>
    public bool Remove(Guid listingId, DateTimeOffset now)
    {
        var removed = _lines.RemoveAll(l => l.ListingId == listingId) > 0;
        if (removed) UpdatedAt = now;
        return removed;
    }

    public void Clear(DateTimeOffset now)
    {
        _lines.Clear();
        UpdatedAt = now;
    }
}

/// <summary>One listing in the cart.</summary>
public sealed class CartLine
{
    private CartLine() { }

    internal CartLine(Guid listingId, decimal quantity, long unitPriceAmount, DateTimeOffset now)
    {
        ListingId = listingId;
        AddedAt = now;
        Change(quantity, unitPriceAmount, now);
    }

    public Guid ListingId { get; private init; }
    public decimal Quantity { get; private set; }

    /// <summary>The unit price when the buyer last set this line.</summary>
    public long SeenUnitPriceAmount { get; private set; }
    public DateTimeOffset AddedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    internal void Change(decimal quantity, long unitPriceAmount, DateTimeOffset now)
    {
        Quantity = quantity;
        SeenUnitPriceAmount = unitPriceAmount;
        UpdatedAt = now;
    }
}
