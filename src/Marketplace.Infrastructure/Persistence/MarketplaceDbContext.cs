using Marketplace.Application.Common.Events;
using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Reviews;
using Marketplace.Domain.Users;
using Marketplace.Infrastructure.Idempotency;
using Marketplace.Infrastructure.Inbox;
using Marketplace.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// The marketplace's one model. Each database provider has a subclass of its own so that it can carry
/// its own migrations and provider-only indexes (docs/decisions/0003).
/// </summary>
public abstract class MarketplaceDbContext(DbContextOptions options) : DbContext(options), IMarketplaceDbContext
{
    public DbSet<Listing> Listings => Set<Listing>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<ListingImage> ListingImages => Set<ListingImage>();
    public DbSet<MarketplaceUser> Users => Set<MarketplaceUser>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<LoginThrottle> LoginThrottles => Set<LoginThrottle>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<Domain.Carts.Cart> Carts => Set<Domain.Carts.Cart>();
    public DbSet<OrderGroup> OrderGroups => Set<OrderGroup>();
    public DbSet<Domain.StandingOrders.StandingOrder> StandingOrders => Set<Domain.StandingOrders.StandingOrder>();
    public DbSet<FavoriteGrower> FavoriteGrowers => Set<FavoriteGrower>();
    public DbSet<FavoriteListing> FavoriteListings => Set<FavoriteListing>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();
    public DbSet<Metrics.RequestMetric> RequestMetrics => Set<Metrics.RequestMetric>();
    public DbSet<Integrations.SyncState> SyncStates => Set<Integrations.SyncState>();
    public DbSet<Paging.ServerSecret> ServerSecrets => Set<Paging.ServerSecret>();
    public DbSet<Search.SearchTerm> SearchTerms => Set<Search.SearchTerm>();

    /// <summary>PostgreSQL and SQL Server hand out order numbers from this sequence; SQLite serialises writers instead.</summary>
    public const string OrderNumberSequence = "marketplace_order_numbers";

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);

    /// <summary>Outbox rows were saved in the transaction still open; the dispatcher is woken once it commits.</summary>
    private bool _outboxAwaitsCommit;

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendLedgerLines();
        var wroteOutbox = WriteOutbox();
        await Search.SearchTermsWriter.ApplyAsync(this, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (wroteOutbox) OutboxSaved();
        return saved;
    }

    /// <summary>Every write goes through <see cref="SaveChangesAsync(bool, CancellationToken)"/> (it also keeps the search terms).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it keeps the search terms in step with the listings.");

    /// <summary>Called by the unit of work after its transaction committed: wakes the dispatcher if that transaction stored outbox rows.</summary>
    internal void TransactionCommitted()
    {
        if (!_outboxAwaitsCommit) return;
        _outboxAwaitsCommit = false;
        this.GetService<Outbox.OutboxSignal>().Wake();
    }

    private void OutboxSaved()
    {
        // Without a transaction of our own the save was its own commit; otherwise the rows are visible only after it.
        if (Database.CurrentTransaction is null) this.GetService<Outbox.OutboxSignal>().Wake();
        else _outboxAwaitsCommit = true;
    }

    /// <summary>
    /// The transactional outbox: the integration events of this SaveChanges are stored in the same transaction
    /// as the changes that raised them, and delivered after commit by the dispatcher.
    /// </summary>
    private bool WriteOutbox()
    {
        var ordinal = 0;
        IReadOnlyList<string>? consumers = null;
        foreach (var entry in ChangeTracker.Entries<Entity>().ToList())
        {
            foreach (var domainEvent in entry.Entity.DomainEvents)
            {
                if (IntegrationEventCatalog.From(entry.Entity, domainEvent) is not { } integration) continue;
                var message = new OutboxMessage
                {
                    Type = integration.Type,
                    AggregateId = integration.AggregateId,
                    OccurredAt = domainEvent.OccurredAt,
                    Ordinal = ordinal++,
                    Data = Contracts.IntegrationEventJson.Serialize(integration.Data),
                };
                // The consumers are the application's (a pooled context has no scope of its own to ask).
                consumers ??= this.GetService<Outbox.OutboxConsumers>().Names;
                message.AddDeliveries(consumers);
                OutboxMessages.Add(message);
            }
            entry.Entity.ClearDomainEvents();
        }
        return ordinal > 0;
    }

    /// <summary>Stock ledger lines are written in the same SaveChanges as the stock figures they explain.</summary>
    private void AppendLedgerLines()
    {
        foreach (var entry in ChangeTracker.Entries<Listing>().ToList())
            StockMovements.AddRange(entry.Entity.TakeNewMovements());
    }
}

public sealed class SqliteMarketplaceDbContext(DbContextOptions<SqliteMarketplaceDbContext> options) : MarketplaceDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // SQLite has no instant type; UTC ticks as integers keep ordering and comparison in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
}

public sealed class PostgresMarketplaceDbContext(DbContextOptions<PostgresMarketplaceDbContext> options) : MarketplaceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasSequence<long>(OrderNumberSequence);
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasPostgresExtension("btree_gin");
        // The board's q runs on search_vector, a stored tsvector column and its GIN index that the migration
        // BoardFullTextSearch creates in SQL (with the immutable marketplace_unaccent wrapper): docs/decisions/0039.
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.Entity<Listing>(listing =>
        {
            // Category + certifications in one GIN: the index intersects the two filters itself instead of two
            // bitmaps (needs btree_gin for the plain column). Either column alone uses it.
            listing.HasIndex(l => new { l.Category, l.Certifications }).HasMethod("gin")
                .HasOperators("varchar_ops", "array_ops")
                .HasFilter("status = 'active'")
                .HasDatabaseName("ix_marketplace_listings_board_gin");
        });
        // Near spellings of a typed word (typo rewrite).
        modelBuilder.Entity<Search.SearchTerm>().HasIndex(t => t.Term).HasMethod("gin").HasOperators("gin_trgm_ops")
            .HasDatabaseName("ix_marketplace_search_terms_term_trgm");
    }
}

public sealed class SqlServerMarketplaceDbContext(DbContextOptions<SqlServerMarketplaceDbContext> options) : MarketplaceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasSequence<long>(OrderNumberSequence);
    }
}
