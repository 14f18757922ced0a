using Marketplace.Application.Common.Ports;
using Marketplace.Application.Orders;
using Marketplace.Infrastructure.Idempotency;
using Marketplace.Infrastructure.Orders;
using Marketplace.Infrastructure.Payments;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marketplace.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Marketplace");

        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                services.AddDbContextPool<PostgresMarketplaceDbContext>(o => o.UseMarketplacePostgres(Require(connectionString, database.Provider)));
                services.AddScoped<MarketplaceDbContext>(sp => sp.GetRequiredService<PostgresMarketplaceDbContext>());
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<SqlServerMarketplaceDbContext>(o => o.UseMarketplaceSqlServer(Require(connectionString, database.Provider)));
                services.AddScoped<MarketplaceDbContext>(sp => sp.GetRequiredService<SqlServerMarketplaceDbContext>());
                break;
            default:
                services.AddDbContextPool<SqliteMarketplaceDbContext>(o => o.UseMarketplaceSqlite(connectionString ?? DefaultSqlite(environment)));
                services.AddScoped<MarketplaceDbContext>(sp => sp.GetRequiredService<SqliteMarketplaceDbContext>());
                break;
        }

        services.AddScoped<IMarketplaceDbContext>(sp => sp.GetRequiredService<MarketplaceDbContext>());
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IStockLocks, StockLocks>();
        services.AddScoped<IOrderNumbers, OrderNumbers>();
        services.AddSingleton<IIdempotencyStore, IdempotencyStore>();
        AddOrdersAndPayments(services, configuration);
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    private static void AddOrdersAndPayments(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PaymentsOptions>().Bind(configuration.GetSection(PaymentsOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => string.Equals(o.Provider, "Simulated", StringComparison.OrdinalIgnoreCase),
                "Marketplace:Payments:Provider must be 'Simulated': the Stripe provider is not part of this build yet.")
            .ValidateOnStart();
        var payments = configuration.GetSection(PaymentsOptions.Section).Get<PaymentsOptions>() ?? new PaymentsOptions();
        var orders = configuration.GetSection("Marketplace:Orders");
        services.AddSingleton(new OrderSettings(payments.PlatformFeePercent, orders.GetValue("PaymentTimeout", TimeSpan.FromMinutes(30))));
        services.AddSingleton(new OrderSweepOptions(orders.GetValue("ExpirySweepInterval", TimeSpan.FromSeconds(30))));
        services.AddSingleton<IPaymentGateway, SimulatedPaymentGateway>();
        services.AddHostedService<PaymentExpiryService>();
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
