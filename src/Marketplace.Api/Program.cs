using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Api.Auth;
using Marketplace.Api.Caching;
using Marketplace.Api.Configuration;
using Marketplace.Api.Endpoints;
using Marketplace.Api.Errors;
using Marketplace.Api.Metrics;
using Marketplace.Api.OpenApi;
using Marketplace.Api.RateLimiting;
using Marketplace.Api.Telemetry;
using Marketplace.Application;
using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Listings.CreateListing;
using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Payments;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddMarketplaceAliases();

builder.Services.AddOptions<FeatureOptions>().Bind(builder.Configuration.GetSection(FeatureOptions.Section));
builder.Services.AddSingleton<ResourceLocations>();
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(CreateListingCommand)];
    options.PipelineBehaviors =
        [typeof(ValidationBehaviour<,>), typeof(Marketplace.Application.Common.Storage.FileChangesBehaviour<,>), typeof(UnitOfWorkBehaviour<,>)];
});
builder.Services.AddMarketplaceAuthentication(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
    json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
    json.SerializerOptions.Converters.Add(new Marketplace.Api.Errors.NoNullCharacterStringConverter());
});
builder.Services.AddProblemDetails(options =>
    options.CustomizeProblemDetails = context => ProblemResponses.Decorate(context.ProblemDetails, context.HttpContext));
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
// Binding failures throw (in every environment) so the exception handler can name the offending field.
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
builder.Services.AddHealthChecks().AddDbContextCheck<MarketplaceDbContext>("database", tags: ["ready"]);
builder.Services.AddMarketplaceOpenApi();
builder.Services.AddBoardCache(builder.Configuration);
builder.Services.AddMarketplaceRateLimits(builder.Configuration);
builder.Services.AddMarketplaceTelemetry(builder.Configuration);
builder.Services.AddSingleton<Marketplace.Api.Metrics.RequestMetrics>();
builder.Services.AddHostedService<Marketplace.Api.Metrics.RequestMetricsFlusher>();
builder.Services.AddSingleton(SeparationSignals.Settings(builder.Configuration));
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
{
    var origins = builder.Configuration.GetSection("Marketplace:Cors:Origins").Get<string[]>() ?? [];
    policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()
        .WithExposedHeaders("ETag", "Location", "Retry-After", "Idempotent-Replayed");
}));

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    if (app.Configuration.GetValue("Marketplace:DemoData:Seed", app.Environment.IsDevelopment()) && !app.Environment.IsProduction())
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
}

app.UseExceptionHandler();
app.UseMiddleware<Marketplace.Api.Metrics.RequestMetricsMiddleware>(
    app.Services.GetRequiredService<IOptions<FeatureOptions>>().Value.BasePath);
app.UseStatusCodePages();
app.UseMiddleware<Marketplace.Api.Errors.JsonCharsetMiddleware>();
app.UseSwagger();
app.UseMarketplaceSwaggerUi(devSignIn: DevEndpoints.AreMapped(app.Environment));
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();

app.MapMedia();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

var features = app.Services.GetRequiredService<IOptions<FeatureOptions>>().Value;
var api = app.MapGroup(features.BasePath).RequireRateLimiting(RateLimits.Default)
    .WithMetadata(new Marketplace.Api.Metrics.MarketplaceTrafficMetadata());
api.MapListings();
api.MapUsers();
api.MapOrders();
api.MapAnalytics();
api.MapAdmin();
api.MapIntegrations();
api.MapAuth(app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Mode);
api.MapConnect();
if (app.Services.GetRequiredService<IOptions<PaymentsOptions>>().Value.IsStripe) api.MapStripeWebhook();
else api.MapSimulatedPayments();
if (DevEndpoints.AreMapped(app.Environment)) api.MapDevTokens();

await app.RunAsync();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
