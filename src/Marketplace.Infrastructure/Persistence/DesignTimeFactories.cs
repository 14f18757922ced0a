using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Marketplace.Infrastructure.Persistence;

// Used by `dotnet ef` only, to generate each provider's migrations; the connection strings are never opened.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMarketplaceDbContext>
{
    public SqliteMarketplaceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteMarketplaceDbContext>();
        options.UseMarketplaceSqlite("Data Source=design.db");
        return new(options.Options);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMarketplaceDbContext>
{
    public PostgresMarketplaceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresMarketplaceDbContext>();
        options.UseMarketplacePostgres("Host=localhost;Database=design");
        return new(options.Options);
    }
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerMarketplaceDbContext>
{
    public SqlServerMarketplaceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerMarketplaceDbContext>();
        options.UseMarketplaceSqlServer("Server=localhost;Database=design");
        return new(options.Options);
    }
}
