using System.Net;
using Marketplace.Api.Metrics;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Analytics;

/// <summary>Standalone: the API at the root, next to /health, /swagger and /media.</summary>
public sealed class StandaloneMetricsApiFactory : SqliteApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Features:Standalone"] = "true",
    };
}

public sealed class PostgresStandaloneMetricsApiFactory : PostgresApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Features:Standalone"] = "true",
    };
}

public abstract class RequestMetricsTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task Metrics_CountByRoutePattern_PutEveryUnmatchedPathInOneGroup_AndSkipHealthSwaggerAndMedia()
    {
        var client = Api.Client();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/listings")).StatusCode);
        var missing = new[] { Guid.NewGuid(), Guid.NewGuid() };
        foreach (var id in missing) Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/listings/{id}")).StatusCode);
        for (var i = 0; i < 3; i++) await client.GetAsync($"/probe-{Guid.NewGuid():N}/x");
        await client.GetAsync("/health/live");
        await client.GetAsync("/swagger/index.html");
        await client.GetAsync($"/media/{Guid.NewGuid():N}.jpg");
        await Api.Services.GetRequiredService<RequestMetrics>().FlushAsync(CancellationToken.None);

        await using var scope = Api.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>().RequestMetrics.AsNoTracking().ToListAsync();
        var groups = rows.GroupBy(r => r.RouteGroup).ToDictionary(g => g.Key, g => g.Sum(r => r.Requests));

        Assert.Equal(3, groups.Count);
        Assert.Equal(2, groups["listings"]);
        Assert.Equal(3, groups["unmatched"]);
        var byId = Assert.Single(groups, g => g.Key.StartsWith("listings/{", StringComparison.Ordinal));
        Assert.Equal(2, byId.Value);
    }
}

public sealed class SqliteRequestMetricsTests(StandaloneMetricsApiFactory api) : RequestMetricsTests(api), IClassFixture<StandaloneMetricsApiFactory>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRequestMetricsTests(PostgresStandaloneMetricsApiFactory api)
    : RequestMetricsTests(api), IClassFixture<PostgresStandaloneMetricsApiFactory>;
