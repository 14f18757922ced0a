using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Reviews;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Common.Ports;

/// <summary>
/// The persistence port. Slices query and track aggregates through it; Infrastructure implements it
/// for every provider. Application depends on EF Core's abstractions (IQueryable, async LINQ) only,
/// never on a provider (see docs/decisions/0004). It has no save: the unit of work saves each command (ADR 42).
/// </summary>
public interface IMarketplaceDbContext
{
    DbSet<Listing> Listings { get; }
    DbSet<StockMovement> StockMovements { get; }
    DbSet<ListingImage> ListingImages { get; }
    DbSet<MarketplaceUser> Users { get; }
    DbSet<Account> Accounts { get; }
    DbSet<LoginThrottle> LoginThrottles { get; }
    DbSet<Order> Orders { get; }
    DbSet<Review> Reviews { get; }
    DbSet<Domain.Carts.Cart> Carts { get; }
    DbSet<OrderGroup> OrderGroups { get; }
    DbSet<Domain.StandingOrders.StandingOrder> StandingOrders { get; }
    DbSet<FavoriteGrower> FavoriteGrowers { get; }
    DbSet<FavoriteListing> FavoriteListings { get; }
}

/// <summary>One transaction per command: begin, run the handler, save once, commit.</summary>
public interface IUnitOfWork
{
    Task<T> ExecuteInTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
