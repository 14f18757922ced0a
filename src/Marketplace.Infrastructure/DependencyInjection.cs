using Marketplace.Application.Common.Ports;
using Marketplace.Application.Listings;
using Marketplace.Domain.Common;
using Marketplace.Application.Orders;
using Marketplace.Infrastructure.Idempotency;
using Marketplace.Infrastructure.Inbox;
using Marketplace.Infrastructure.Http;
using Stripe;
using Marketplace.Infrastructure.Orders;
using Marketplace.Infrastructure.Payments;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

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

        AddCurrency(services, configuration);
        services.AddScoped<IMarketplaceDbContext>(sp => sp.GetRequiredService<MarketplaceDbContext>());
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<ISearchTerms, Search.SearchTermStore>();
        services.AddScoped<IStockLocks, StockLocks>();
        services.AddScoped<IOrderNumbers, OrderNumbers>();
        services.AddSingleton<IIdempotencyStore, IdempotencyStore>();
        services.AddScoped<IRequestIdempotency, RequestIdempotency>();
        AddOrdersAndPayments(services, configuration, environment);
        AddEmail(services, configuration, environment);
        AddStorage(services, configuration, environment);
        AddSearch(services, configuration);
        services.AddSingleton<IVibeLuxWebhooks, Integrations.VibeLuxWebhooks>();
        services.AddOptions<Paging.PagingOptions>().Bind(configuration.GetSection(Paging.PagingOptions.Section))
            .Validate(o => o.IsValid, $"Marketplace:Paging:CursorSigningKey must be at least {Paging.PagingOptions.MinimumKeyBytes} bytes, or unset.")
            .ValidateOnStart();
        services.AddSingleton<ICursorSigningKey, Paging.CursorSigningKey>();
        AddVibeLuxSync(services, configuration);
        services.AddSingleton<IPasswordHashing, PasswordHashing>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    private static void AddCurrency(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CurrencyOptions>().Bind(configuration.GetSection(CurrencyOptions.Section))
            .Validate(o => Currencies.IsKnown(o.Currency),
                "Marketplace:Currency must be an ISO 4217 currency code in upper case, such as 'USD'.")
            .ValidateOnStart();
        services.AddSingleton(sp => new MarketplaceCurrency(sp.GetRequiredService<IOptions<CurrencyOptions>>().Value.Currency));
    }

    private static void AddOrdersAndPayments(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Outside Development the simulated provider would hand out orders for free, so it is never chosen by default there.
        var providerNamed = !string.IsNullOrWhiteSpace(configuration[$"{PaymentsOptions.Section}:Provider"]);
        services.AddOptions<PaymentsOptions>().Bind(configuration.GetSection(PaymentsOptions.Section))
            .ValidateDataAnnotations()
            .Validate(_ => providerNamed || environment.IsDevelopment(),
                "Marketplace:Payments:Provider is not set; outside Development set it explicitly to 'Stripe' (or 'Simulated' for a test system).")
            .Validate(o => !providerNamed || o.IsStripe || string.Equals(o.Provider, "Simulated", StringComparison.OrdinalIgnoreCase),
                "Marketplace:Payments:Provider must be 'Simulated' or 'Stripe'.")
            .Validate(o => !o.IsStripe || !string.IsNullOrWhiteSpace(o.Stripe.SecretKey),
                "Marketplace:Payments:Provider is Stripe but Marketplace:Payments:Stripe:SecretKey is not set.")
            .Validate(o => !o.IsStripe || !string.IsNullOrWhiteSpace(o.Stripe.WebhookSecret),
                "Marketplace:Payments:Provider is Stripe but Marketplace:Payments:Stripe:WebhookSecret is not set.")
            .ValidateOnStart();
        var payments = configuration.GetSection(PaymentsOptions.Section).Get<PaymentsOptions>() ?? new PaymentsOptions();
        var orders = configuration.GetSection("Marketplace:Orders");
        services.AddSingleton(new OrderSettings(payments.PlatformFeePercent, orders.GetValue("PaymentTimeout", TimeSpan.FromMinutes(30)),
            orders.GetValue("ConfirmTimeout", Marketplace.Domain.Orders.Order.ConfirmationWindow)));
        services.AddSingleton(new OrderSweepOptions(orders.GetValue("ExpirySweepInterval", TimeSpan.FromSeconds(30))));
        services.AddHostedService<PaymentExpiryService>();
        services.AddScoped<IInbox, EfInbox>();
        services.AddOptions<Outbox.OutboxOptions>().Bind(configuration.GetSection(Outbox.OutboxOptions.Section))
            .Validate(o => o.MaxAttempts is >= 1 and <= 100, "Marketplace:EventBus:MaxAttempts must be 1 to 100.")
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(1), "Marketplace:EventBus:Lease must be at least 00:00:01.")
            .Validate(o => o.BatchSize is >= 1 and <= 1000, "Marketplace:EventBus:BatchSize must be 1 to 1000.")
            .Validate(o => o.Transport.Equals("InProcess", StringComparison.OrdinalIgnoreCase) || o.Transport.Equals("RabbitMq", StringComparison.OrdinalIgnoreCase),
                "Marketplace:EventBus:Transport must be 'InProcess' or 'RabbitMq'.")
            .Validate(o => !string.Equals(o.Transport, "RabbitMq", StringComparison.OrdinalIgnoreCase)
                    || !string.IsNullOrWhiteSpace(configuration["Marketplace:EventBus:RabbitMq:ConnectionString"]),
                "Marketplace:EventBus:Transport is RabbitMq but Marketplace:EventBus:RabbitMq:ConnectionString is not set.")
            .ValidateOnStart();
        services.AddSingleton<Outbox.OutboxConsumers>();
        services.AddSingleton<Outbox.OutboxProcessor>();
        if (string.Equals(configuration["Marketplace:EventBus:Transport"], "RabbitMq", StringComparison.OrdinalIgnoreCase)
            && configuration["Marketplace:EventBus:RabbitMq:ConnectionString"] is { Length: > 0 } rabbit)
        {
            services.AddSingleton(new Messaging.RabbitMqConnection(rabbit));
            services.AddSingleton<Messaging.RabbitMqPublishChannel>();
            services.AddScoped<Application.Common.Events.IIntegrationEventHandler, Messaging.RabbitMqPublisher>();
            services.AddHostedService<Messaging.VibeLuxEventConsumer>();
        }
        services.AddHostedService<Outbox.OutboxDispatcherService>();

        services.AddSingleton(new Application.Payments.SimulatedPaymentSettings(BuyerMaySettle: environment.IsDevelopment()));
        if (payments.IsStripe) AddStripe(services, payments.Stripe);
        else services.AddSingleton<IPaymentGateway, SimulatedPaymentGateway>();
    }

    private static void AddVibeLuxSync(IServiceCollection services, IConfiguration configuration)
    {
        var integration = configuration.GetSection("Marketplace:Integration");
        var baseUrl = integration["VibeLuxApiUrl"];
        services.AddHttpClient<IVibeLuxApi, Integrations.VibeLuxApiClient>(Integrations.VibeLuxApiClient.HttpClientName, http =>
            {
                if (!string.IsNullOrWhiteSpace(baseUrl)) http.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/");
            })
            .AddOutboundResilience("vibelux", retries: 3, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(15));
        if (string.Equals(integration["DataSync"], "Batch", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(baseUrl))
        {
            var interval = integration.GetValue("SyncInterval", TimeSpan.FromMinutes(15));
            services.AddHostedService(sp => new Integrations.VibeLuxBatchSync(sp.GetRequiredService<IServiceScopeFactory>(), interval,
                sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Integrations.VibeLuxBatchSync>>()));
        }
    }

    private static void AddSearch(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Search.SearchOptions>().Bind(configuration.GetSection(Search.SearchOptions.Section))
            .Validate(o => o.IsAlgolia || string.Equals(o.Provider, "Database", StringComparison.OrdinalIgnoreCase),
                "Marketplace:Search:Provider must be 'Database' or 'Algolia'.")
            .Validate(o => !o.IsAlgolia || (!string.IsNullOrWhiteSpace(o.Algolia.ApplicationId) && !string.IsNullOrWhiteSpace(o.Algolia.ApiKey)),
                "Marketplace:Search:Provider is Algolia but Marketplace:Search:Algolia:ApplicationId or :ApiKey is not set.")
            .ValidateOnStart();
        var search = configuration.GetSection(Search.SearchOptions.Section).Get<Search.SearchOptions>() ?? new Search.SearchOptions();
        if (!search.IsAlgolia)
        {
            services.AddSingleton<ISearchIndex, Search.DatabaseSearchIndex>();
            return;
        }
        services.AddHttpClient<ISearchIndex, Search.AlgoliaSearchIndex>(Search.AlgoliaSearchIndex.HttpClientName)
            .AddOutboundResilience("algolia", retries: 2, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5));
    }

    private static void AddStorage(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<Storage.StorageOptions>().Bind(configuration.GetSection(Storage.StorageOptions.Section))
            .Validate(o => o.IsS3 || string.Equals(o.Provider, "FileSystem", StringComparison.OrdinalIgnoreCase),
                "Marketplace:Storage:Provider must be 'FileSystem' or 'S3'.")
            .Validate(o => !o.IsS3 || !string.IsNullOrWhiteSpace(o.S3.Bucket),
                "Marketplace:Storage:Provider is S3 but Marketplace:Storage:S3:Bucket is not set.")
            .ValidateOnStart();
        var storage = configuration.GetSection(Storage.StorageOptions.Section).Get<Storage.StorageOptions>() ?? new Storage.StorageOptions();
        services.AddSingleton<IImageSanitizer, Images.ImageSharpSanitizer>();
        if (storage.IsS3)
        {
            services.AddSingleton<IFileStorage>(sp => new Storage.S3Storage(storage.S3, sp.GetRequiredService<TimeProvider>()));
            return;
        }
        var root = configuration["Marketplace:Storage:FileSystem:RootPath"] ?? Path.Combine(environment.ContentRootPath, "App_Data", "media");
        services.AddSingleton(new Storage.FileSystemStorage(root));
        services.AddSingleton<IFileStorage>(sp => sp.GetRequiredService<Storage.FileSystemStorage>());
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<Email.EmailOptions>().Bind(configuration.GetSection(Email.EmailOptions.Section))
            .Validate(o => o.IsSendGrid || string.Equals(o.Provider, "Pickup", StringComparison.OrdinalIgnoreCase),
                "Marketplace:Email:Provider must be 'Pickup' or 'SendGrid'.")
            .Validate(o => !o.IsSendGrid || !string.IsNullOrWhiteSpace(o.SendGrid.ApiKey),
                "Marketplace:Email:Provider is SendGrid but Marketplace:Email:SendGrid:ApiKey is not set.")
            .ValidateOnStart();
        var email = configuration.GetSection(Email.EmailOptions.Section).Get<Email.EmailOptions>() ?? new Email.EmailOptions();
        services.AddSingleton(new Application.Common.Ports.EmailLinks(email.AppBaseUrl.TrimEnd('/')));
        services.AddScoped<Application.Common.Events.IIntegrationEventHandler, Application.Notifications.EmailNotifications>();
        if (email.IsSendGrid)
        {
            services.AddHttpClient(Email.SendGridEmailSender.HttpClientName)
                .AddOutboundResilience("sendgrid", retries: 2, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10));
            services.AddSingleton<Application.Common.Ports.IEmailSender, Email.SendGridEmailSender>();
        }
        else
        {
            var folder = email.PickupDirectory ?? Path.Combine(environment.ContentRootPath, "App_Data", "mail");
            services.AddSingleton<Application.Common.Ports.IEmailSender>(sp =>
                new Email.PickupEmailSender(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Email.EmailOptions>>(), folder));
        }
    }

    /// <summary>Stripe.net over an HttpClient with timeouts, jittered retries and a circuit breaker.</summary>
    private static void AddStripe(IServiceCollection services, PaymentsOptions.StripeOptions stripe)
    {
        services.AddHttpClient("stripe").AddOutboundResilience("stripe", retries: 2, TimeSpan.FromMilliseconds(200), stripe.Timeout);
        services.AddSingleton<IStripeClient>(sp => new StripeClient(
            apiKey: stripe.SecretKey,
            httpClient: new SystemNetHttpClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient("stripe"), maxNetworkRetries: 0),
            apiBase: string.IsNullOrWhiteSpace(stripe.ApiBase) ? null : stripe.ApiBase.TrimEnd('/'),
            connectBase: string.IsNullOrWhiteSpace(stripe.ApiBase) ? null : stripe.ApiBase.TrimEnd('/')));
        services.AddSingleton<IPaymentGateway, StripePaymentGateway>();
        services.AddSingleton<IPaymentWebhooks, StripeWebhooks>();
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
