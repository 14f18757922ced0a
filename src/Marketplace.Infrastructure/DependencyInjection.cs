using Marketplace.Application.Common.Ports;
using Marketplace.Application.Listings;
using Marketplace.Application.Orders;
using Marketplace.Domain.Common;
using Marketplace.Infrastructure.Settings;
using Marketplace.Infrastructure.Email;
using Marketplace.Infrastructure.Sms;
using Marketplace.Infrastructure.Integrations;
using Marketplace.Infrastructure.Messaging;
using Marketplace.Infrastructure.Orders;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Paging;
using Marketplace.Infrastructure.Payments;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Search;
using Marketplace.Infrastructure.Seeding;
using Marketplace.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marketplace.Infrastructure;

/// <summary>The options each adapter was registered with, bound once; the host decides its routes and signals from them.</summary>
public sealed record InfrastructureSettings(
    DatabaseOptions Database, PaymentsOptions Payments, EmailOptions Email, StorageOptions Storage, SearchOptions Search,
    OutboxOptions EventBus, IntegrationOptions Integration);

public static class DependencyInjection
{
    /// <summary>Every adapter, each from its own section (ADR 36).</summary>
    public static InfrastructureSettings AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = services.AddDatabase(configuration, environment);
        AddCurrency(services, configuration);
        var payments = services.AddPayments(configuration, environment);
        AddOrders(services, configuration, payments);
        var eventBus = services.AddEventBus(configuration);
        var email = services.AddEmail(configuration, environment);
        services.AddSms(configuration, environment);
        var storage = services.AddStorage(configuration, environment);
        var search = services.AddSearch(configuration);
        var integration = services.AddVibeLux(configuration);
        services.BindOptions<PagingOptions, PagingOptionsValidator>(configuration, PagingOptions.Section);
        services.AddSingleton<ICursorSigningKey, CursorSigningKey>();
        services.AddSingleton<IPasswordHashing, PasswordHashing>();
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton(TimeProvider.System);
        return new InfrastructureSettings(database, payments, email, storage, search, eventBus, integration);
    }

    private static void AddCurrency(IServiceCollection services, IConfiguration configuration)
    {
        var currency = services.BindOptions<CurrencyOptions, CurrencyOptionsValidator>(configuration, CurrencyOptions.Section);
        services.AddSingleton(new MarketplaceCurrency(currency.Currency));
    }

    private static void AddOrders(IServiceCollection services, IConfiguration configuration, PaymentsOptions payments)
    {
        var orders = services.BindOptions<OrdersOptions, OrdersOptionsValidator>(configuration, OrdersOptions.Section);
        services.AddSingleton(new OrderSettings(payments.PlatformFeePercent, orders.PaymentTimeout, orders.ConfirmTimeout));
        services.AddSingleton(new OrderSweepOptions(orders.ExpirySweepInterval));
        services.AddHostedService<PaymentExpiryService>();
    }
}
