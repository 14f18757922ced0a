namespace Marketplace.Domain.Listings;

/// <summary>One line of a listing's append-only stock ledger. Never updated or deleted.</summary>
public sealed class StockMovement
{
    private StockMovement() { }

    internal StockMovement(Guid listingId, int sequence, StockMovementKind kind, decimal quantity, decimal onHandAfter,
        decimal reservedAfter, Guid? orderId, string? reason, Guid by, DateTimeOffset at)
    {
        ListingId = listingId;
        Sequence = sequence;
        Kind = kind;
        Quantity = quantity;
        OnHandAfter = onHandAfter;
        ReservedAfter = reservedAfter;
        OrderId = orderId;
        Reason = reason;
        By = by;
        At = at;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid ListingId { get; private init; }

    /// <summary>1, 2, 3… per listing: the ledger's order, unique with the listing id.</summary>
    public int Sequence { get; private init; }
    public StockMovementKind Kind { get; private init; }

    /// <summary>Signed change to the affected figure (on hand for received/adjusted/sold, reserved otherwise).</summary>
    public decimal Quantity { get; private init; }
    public decimal OnHandAfter { get; private init; }
    public decimal ReservedAfter { get; private init; }
    public Guid? OrderId { get; private init; }
    public string? Reason { get; private init; }
    public Guid By { get; private init; }
    public DateTimeOffset At { get; private init; }
}
