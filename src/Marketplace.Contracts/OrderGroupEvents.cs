namespace Marketplace.Contracts;

/// <summary>A checkout of several growers' produce as its events show it: one payment, one order per grower.</summary>
public abstract record OrderGroupSnapshot : IIntegrationEventData
{
    public Guid GroupId { get; init; }
    public Guid BuyerId { get; init; }

    /// <summary>The group's orders, one per grower; each has its own <c>order.*</c> events.</summary>
    public IReadOnlyList<Guid> OrderIds { get; init; } = [];
    public Money Total { get; init; } = new(0, "");

    // Two snapshots are equal when they name the same orders, not the same list instance.
    public virtual bool Equals(OrderGroupSnapshot? other) =>
        other is not null && EqualityContract == other.EqualityContract && GroupId == other.GroupId && BuyerId == other.BuyerId
        && OrderIds.SequenceEqual(other.OrderIds) && Total == other.Total;

    public override int GetHashCode() => HashCode.Combine(EqualityContract, GroupId, BuyerId, OrderIds.Count, Total);
}

/// <summary><c>order_group.placed</c>: a cart was checked out; the stock of every order is reserved and the one payment started.</summary>
public sealed record OrderGroupPlaced : OrderGroupSnapshot;

/// <summary><c>order_group.paid</c>: the group's payment succeeded; every order in it is paid.</summary>
public sealed record OrderGroupPaid : OrderGroupSnapshot;
