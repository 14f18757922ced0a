using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>Provider options shared by the running app and the design-time factories.</summary>
internal static class ProviderSetup
{
    public static DbContextOptionsBuilder UseMarketplaceSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("marketplace_ef_migrations"))
            .UseSnakeCaseNamingConvention();

    public static DbContextOptionsBuilder UseMarketplacePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("marketplace_ef_migrations"))
            .UseSnakeCaseNamingConvention();

    public static DbContextOptionsBuilder UseMarketplaceSqlServer(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sql => sql.MigrationsHistoryTable("marketplace_ef_migrations"))
            .UseSnakeCaseNamingConvention();
}
