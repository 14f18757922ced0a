using System.Text.Json.Serialization;
using Marketplace.Api.Auth;
using Marketplace.Api.Caching;
using Marketplace.Api.Configuration;
using Marketplace.Api.Endpoints;
using Marketplace.Api.Errors;
using Marketplace.Api.GraphQL;
using Marketplace.Api.Idempotency;
using Marketplace.Api.Metrics;
using Marketplace.Api.OpenApi;
using Marketplace.Api.RateLimiting;
using Marketplace.Api.Telemetry;
using Marketplace.Application;
using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Listings.CreateListing;
using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddMarketplaceAliases();

builder.Services.AddSingleton<ResourceLocations>();
builder.Services.AddIdempotencyHeaders();
builder.Services.AddApplication();
var infrastructure = builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(CreateListingCommand)];
    // In this order: a reused key is answered first, then bad input, access, the caller's provisioning, and the transaction.
    options.PipelineBehaviors =
    [
        typeof(IdempotencyBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ProvisioningBehaviour<,>),
        typeof(Marketplace.Application.Common.Storage.FileChangesBehaviour<,>), typeof(UnitOfWorkBehaviour<,>),
    ];
});
var auth = builder.Services.AddMarketplaceAuthentication(builder.Configuration);
// Everything that decides which routes exist, read once here rather than resolved from the container before Run.
var host = builder.Services.AddHostSettings(builder.Configuration, builder.Environment, auth, infrastructure.Payments);
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new EnumCodeJsonConverter());
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
builder.Services.AddSingleton(SeparationSignals.Settings(host, infrastructure));
builder.Services.AddMarketplaceCors(builder.Configuration);
builder.Services.AddMarketplaceGraphQL();

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    if (host.SeedDemoData)
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
}

app.UseExceptionHandler();
app.UseMiddleware<Marketplace.Api.Metrics.RequestMetricsMiddleware>(host.BasePath);
app.UseStatusCodePages();
app.UseMiddleware<Marketplace.Api.Errors.JsonCharsetMiddleware>();
app.UseSwagger();
app.UseMarketplaceSwaggerUi(host);
app.UseCors();
app.UseIdempotencyHeaders();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();

app.MapMedia();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

var api = app.MapGroup(host.BasePath).RequireRateLimiting(RateLimits.Default)
    .WithMetadata(new Marketplace.Api.Metrics.MarketplaceTrafficMetadata());
api.MapListings();
api.MapUsers();
api.MapFavorites();
api.MapOrders();
api.MapCart();
api.MapAnalytics();
api.MapAdmin();
api.MapIntegrations();
api.MapAuth(host.AuthMode);
api.MapConnect();
api.MapGraphQL();
if (host.StripePayments) api.MapStripeWebhook();
else api.MapSimulatedPayments();
if (host.DevelopmentRoutes) api.MapDevTokens();

await app.RunAsync();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
