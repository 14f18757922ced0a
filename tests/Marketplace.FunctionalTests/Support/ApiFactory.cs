using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.FunctionalTests.Support;

/// <summary>
/// The real API over real HTTP semantics (TestServer) against a real database. Subclasses choose the
/// database; <see cref="IsAvailable"/> is false when the database's connection setting is absent.
/// </summary>
public abstract class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string BasePath = "/api/marketplace";
    public const string VibeLuxSecret = "vibelux-webhook-secret-for-tests";

    /// <summary>The API's clock: real time to start with, one millisecond further at every reading, and advanceable.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>The pickup folder of this host's emails (one .eml per message).</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"marketplace-mail-{Guid.NewGuid():N}");

    /// <summary>The pickup folder of this host's text messages (one .txt per message).</summary>
    public string SmsDirectory { get; } = Path.Combine(Path.GetTempPath(), $"marketplace-sms-{Guid.NewGuid():N}");

    /// <summary>The FileSystem storage root of this host.</summary>
    public string MediaDirectory { get; } = Path.Combine(Path.GetTempPath(), $"marketplace-media-{Guid.NewGuid():N}");

    /// <summary>Database commands a test makes fail (a simulated commit failure); reset before each test.</summary>
    public FailingCommands Commands { get; } = new();

    /// <summary>Every SQL command this host sends, counted.</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    public virtual bool IsAvailable => true;
    public virtual string UnavailableReason => "";

    protected virtual string Environment => "Testing";

    protected abstract IDictionary<string, string?> DatabaseSettings { get; }

    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        var settings = new Dictionary<string, string?>
        {
            // Outside Development the provider must be named; the Stripe hosts override it.
            ["Marketplace:Payments:Provider"] = "Simulated",
            ["Marketplace:Payments:Simulated:AutoConfirm"] = "true",
            // Tests drive the outbox themselves (OutboxProcessor.DispatchDueAsync); the background loop stays idle.
            ["Marketplace:EventBus:PollInterval"] = "01:00:00",
            ["Marketplace:EventBus:WakeOnCommit"] = "false",
            ["Marketplace:EventBus:MaxAttempts"] = "3",
            ["Marketplace:Email:PickupDirectory"] = MailDirectory,
            ["Marketplace:Sms:PickupDirectory"] = SmsDirectory,
            ["Marketplace:Storage:FileSystem:RootPath"] = MediaDirectory,
            // Tests fire many requests from one caller; the rate-limit tests turn limits on in a host of their own.
            ["Marketplace:RateLimits:Enabled"] = "false",
            ["Marketplace:Integration:WebhookSecret"] = VibeLuxSecret,
            ["Marketplace:Auth:VibeLux:SigningKey"] = TestTokens.SigningKey,
            ["Marketplace:DemoData:Seed"] = "false",
        };
        foreach (var (key, value) in DatabaseSettings) settings[key] = value;
        // A null extra setting removes the key, so a host can run as if it had never been configured.
        foreach (var (key, value) in ExtraSettings)
            if (value is null) settings.Remove(key);
            else settings[key] = value;
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ConsumerLog>();
            services.AddSingleton(Commands);
            services.ConfigureDbContext<Marketplace.Infrastructure.Persistence.SqliteMarketplaceDbContext>(o => o.AddInterceptors(Commands, SqlCommands));
            services.ConfigureDbContext<Marketplace.Infrastructure.Persistence.PostgresMarketplaceDbContext>(o => o.AddInterceptors(Commands, SqlCommands));
            services.AddScoped<Marketplace.Application.Common.Events.IIntegrationEventHandler, RecordingConsumer>();
            var email = services.Last(d => d.ServiceType == typeof(Marketplace.Application.Common.Ports.IEmailSender));
            services.Remove(email);
            services.AddSingleton<Marketplace.Application.Common.Ports.IEmailSender>(sp => new SwitchableEmailSender(
                email.ImplementationInstance as Marketplace.Application.Common.Ports.IEmailSender
                    ?? (Marketplace.Application.Common.Ports.IEmailSender)(email.ImplementationFactory?.Invoke(sp)
                        ?? ActivatorUtilities.CreateInstance(sp, email.ImplementationType!)),
                sp.GetRequiredService<ConsumerLog>()));
        });
    }

    /// <summary>Switches the simulated provider between paying at once and waiting for /payments/simulated/…; reset before each test.</summary>
    public void AutoConfirmPayments(bool on) =>
        Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Marketplace.Infrastructure.Payments.PaymentsOptions>>().Value.Simulated.AutoConfirm = on;

    /// <summary>
    /// A client whose every response is checked against the committed OpenAPI document
    /// (<see cref="ContractValidatingHandler"/>), with the redirects and cookies of WebApplicationFactory's default client.
    /// </summary>
    public HttpClient Client(string? token = null)
    {
        var basePath = Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Marketplace.Api.Configuration.FeatureOptions>>().Value.BasePath;
        var client = CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(),
            new ContractValidatingHandler(OpenApiContract.Committed, basePath, ServedContractAsync));
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private Task<OpenApiContract?>? _servedContract;

    /// <summary>The document this host serves, for the operations only its configuration maps; read once, unchecked.</summary>
    private Task<OpenApiContract?> ServedContractAsync() => _servedContract ??= ReadServedContractAsync();

    private async Task<OpenApiContract?> ReadServedContractAsync()
    {
        using var client = CreateDefaultClient();
        var document = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));
        return document is System.Text.Json.Nodes.JsonObject json ? new OpenApiContract(json, "the document this host serves") : null;
    }

    /// <summary>Empties every marketplace table; called before each test.</summary>
    public abstract Task ResetAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var folder in new[] { MailDirectory, SmsDirectory, MediaDirectory })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
