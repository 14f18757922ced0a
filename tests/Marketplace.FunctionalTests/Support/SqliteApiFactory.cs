using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Support;

/// <summary>The embedded default: a SQLite file of its own per factory, deleted afterwards.</summary>
public class SqliteApiFactory : ApiFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"marketplace-tests-{Guid.NewGuid():N}.db");

    /// <summary>The database file, for tests that reach it beside the API.</summary>
    public string DatabasePath => _path;

    protected override IDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Marketplace"] = $"Data Source={_path};Pooling=False",
    };

    public override async Task ResetAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        await db.Database.OpenConnectionAsync(); // the pragma holds per connection
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
        // Table names come from the EF model, not from input.
        foreach (var table in tables)
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\";");
#pragma warning restore EF1002
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same API served at the root, as a standalone platform.</summary>
public sealed class StandaloneSqliteApiFactory : SqliteApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Features:Standalone"] = "true",
        ["Marketplace:Features:CustomDomain"] = "market.example.test",
    };
}

/// <summary>Development: the demo data and <c>/dev/token</c> exist here only.</summary>
public sealed class DevelopmentSqliteApiFactory : SqliteApiFactory
{
    protected override string Environment => "Development";

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:DemoData:Seed"] = "true",
    };
}

/// <summary>Production: no development routes, no demo data.</summary>
public sealed class ProductionSqliteApiFactory : SqliteApiFactory
{
    protected override string Environment => "Production";
}
