namespace Marketplace.Domain.Listings;

/// <summary>A photo of a listing, stored by the file storage under <see cref="StorageKey"/>; shown in <see cref="Position"/> order.</summary>
public sealed class ListingImage
{
    private ListingImage() { }

    public ListingImage(Guid listingId, string storageKey, string contentType, long sizeBytes, int position, DateTimeOffset now)
    {
        ListingId = listingId;
        StorageKey = storageKey;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Position = position;
        CreatedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid ListingId { get; private init; }
    public string StorageKey { get; private init; } = "";
    public string ContentType { get; private init; } = "";
    public long SizeBytes { get; private init; }
    public int Position { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
}
