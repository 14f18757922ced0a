using Marketplace.Application.Admin;
using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Idempotency;
using Marketplace.Infrastructure.Orders;
using Marketplace.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marketplace.Infrastructure.Persistence;

public static class DatabaseSetup
{
    /// <summary><c>Marketplace:Database</c> and <c>ConnectionStrings:Marketplace</c>: one DbContext pool for the chosen provider, and the unit of work over it.</summary>
    public static DatabaseOptions AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = services.BindOptions<DatabaseOptions, DatabaseOptionsValidator>(configuration, DatabaseOptions.Section);
        var connectionString = OptionsBinding.MarketplaceConnectionString(configuration);
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                services.AddDbContextPool<PostgresMarketplaceDbContext>(o => o.UseMarketplacePostgres(Require(connectionString, database.Provider)));
                services.AddScoped<MarketplaceDbContext>(sp => sp.GetRequiredService<PostgresMarketplaceDbContext>());
                services.AddScoped<IListingTextSearch, Search.PostgresTextSearch>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<SqlServerMarketplaceDbContext>(o => o.UseMarketplaceSqlServer(Require(connectionString, database.Provider)));
                services.AddScoped<MarketplaceDbContext>(sp => sp.GetRequiredService<SqlServerMarketplaceDbContext>());
                services.AddScoped<IListingTextSearch, Search.LikeTextSearch>();
                break;
            default:
                services.AddDbContextPool<SqliteMarketplaceDbContext>(o => o.UseMarketplaceSqlite(connectionString ?? DefaultSqlite(environment)));
                services.AddScoped<MarketplaceDbContext>(sp => sp.GetRequiredService<SqliteMarketplaceDbContext>());
                services.AddScoped<IListingTextSearch, Search.SqliteTextSearch>();
                break;
        }
        services.AddScoped<IMarketplaceDbContext>(sp => sp.GetRequiredService<MarketplaceDbContext>());
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IOutboxAdmin, Outbox.EfOutboxAdmin>();
        services.AddScoped<Application.Analytics.IRequestMetricsStore, Metrics.EfRequestMetricsStore>();
        services.AddScoped<ISearchTerms, Search.SearchTermStore>();
        services.AddScoped<IStockLocks, StockLocks>();
        services.AddScoped<IOrderNumbers, OrderNumbers>();
        services.AddSingleton<IIdempotencyStore, IdempotencyStore>();
        services.AddScoped<IRequestIdempotency, RequestIdempotency>();
        services.AddScoped<DatabaseInitializer>();
        return database;
    }

    private static string Require(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                $"Marketplace:Database:Provider is {provider} but ConnectionStrings:Marketplace (ConnectionStrings__Marketplace) is not set.")
            : connectionString;

    /// <summary>The embedded database lives in the app's data folder, created on first start.</summary>
    private static string DefaultSqlite(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "marketplace.db")}";
    }
}

internal sealed class DatabaseOptionsValidator : OptionsValidator<DatabaseOptions>
{
    protected override IEnumerable<string> Failures(DatabaseOptions o)
    {
        if (!IsDefined(o.Provider)) yield return "Marketplace:Database:Provider must be 'Sqlite', 'PostgreSql' or 'SqlServer'.";
    }
}
