using Marketplace.Domain.Common;

namespace Marketplace.Domain.Listings;

public sealed record ListingPublished(Guid ListingId, Guid GrowerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ListingSoldOut(Guid ListingId, Guid GrowerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ListingLowStock(Guid ListingId, Guid GrowerId, decimal Available, decimal Threshold, DateTimeOffset OccurredAt) : IDomainEvent;
