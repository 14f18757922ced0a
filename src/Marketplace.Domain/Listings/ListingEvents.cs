using Marketplace.Domain.Common;

namespace Marketplace.Domain.Listings;

public sealed record ListingPublished(Guid ListingId, Guid GrowerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ListingSoldOut(Guid ListingId, Guid GrowerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ListingLowStock(Guid ListingId, Guid GrowerId, decimal Available, decimal Threshold, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The listing's details, status or stock changed in a way the board shows (search indexes follow).</summary>
public sealed record ListingChanged(Guid ListingId, DateTimeOffset OccurredAt) : IDomainEvent;
