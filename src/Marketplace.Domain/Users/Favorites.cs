namespace Marketplace.Domain.Users;

/// <summary>A marketplace user keeps a grower in their favorites; one row per user and grower.</summary>
public sealed class FavoriteGrower
{
    private FavoriteGrower() { }

    public FavoriteGrower(Guid userId, Guid growerId, DateTimeOffset now)
    {
        UserId = userId;
        GrowerId = growerId;
        CreatedAt = now;
    }

    public Guid UserId { get; private init; }
    public Guid GrowerId { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
}

/// <summary>A marketplace user keeps a listing in their favorites; the listing may later be paused, sold out or archived.</summary>
public sealed class FavoriteListing
{
    private FavoriteListing() { }

    public FavoriteListing(Guid userId, Guid listingId, DateTimeOffset now)
    {
        UserId = userId;
        ListingId = listingId;
        CreatedAt = now;
    }

    public Guid UserId { get; private init; }
    public Guid ListingId { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
}
