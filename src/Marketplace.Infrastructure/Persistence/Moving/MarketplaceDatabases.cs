using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Moving;

/// <summary>The marketplace's context for a provider and connection string, outside the API's service container.</summary>
public static class MarketplaceDatabases
{
    public static MarketplaceDbContext Open(DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteMarketplaceDbContext>();
                sqlite.UseMarketplaceSqlite(connectionString);
                return new SqliteMarketplaceDbContext(sqlite.Options);
            case DatabaseProvider.PostgreSql:
                var postgres = new DbContextOptionsBuilder<PostgresMarketplaceDbContext>();
                postgres.UseMarketplacePostgres(connectionString);
                return new PostgresMarketplaceDbContext(postgres.Options);
            case DatabaseProvider.SqlServer:
                var sqlServer = new DbContextOptionsBuilder<SqlServerMarketplaceDbContext>();
                sqlServer.UseMarketplaceSqlServer(connectionString);
                return new SqlServerMarketplaceDbContext(sqlServer.Options);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }
}
