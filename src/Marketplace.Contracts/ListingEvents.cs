namespace Marketplace.Contracts;

/// <summary>A listing as its events show it; <c>status</c> is the API's code (<c>active</c>, <c>sold_out</c>, …).</summary>
public abstract record ListingSnapshot : IIntegrationEventData
{
    public Guid ListingId { get; init; }
    public Guid GrowerId { get; init; }
    public string Title { get; init; } = "";
    public string Status { get; init; } = "";
    public decimal Available { get; init; }
}

/// <summary><c>listing.published</c>: the listing is on the board.</summary>
public sealed record ListingPublished : ListingSnapshot;

/// <summary><c>listing.sold_out</c>: nothing is left to order.</summary>
public sealed record ListingSoldOut : ListingSnapshot;

/// <summary><c>listing.updated</c>: details, status or stock changed in a way the board shows.</summary>
public sealed record ListingUpdated : ListingSnapshot;

/// <summary><c>inventory.low_stock</c>: available fell to the listing's threshold or below.</summary>
public sealed record InventoryLowStock(Guid ListingId, Guid GrowerId, string Title, decimal Available, decimal Threshold) : IIntegrationEventData;
