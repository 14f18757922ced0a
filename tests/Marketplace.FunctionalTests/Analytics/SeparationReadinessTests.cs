using System.Net;
using System.Text.Json.Nodes;
using Marketplace.Api.Metrics;
using Marketplace.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Analytics;

public sealed class ReadinessApiFactory : SqliteApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Integration:CoreRequestsPerDay"] = "10",
        ["Marketplace:Auth:Mode"] = "federated",
        ["Marketplace:Auth:Local:SigningKey"] = "marketplace-local-signing-key-for-tests-0123",
    };
}

public sealed class SeparationReadinessTests(ReadinessApiFactory api) : IClassFixture<ReadinessApiFactory>
{
    [Fact]
    public async Task Readiness_ReflectsRecordedTrafficAndConfiguration()
    {
        var anonymous = api.Client();
        for (var i = 0; i < 20; i++) Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/marketplace/listings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode); // outside the API: not counted
        await api.Services.GetRequiredService<RequestMetrics>().FlushAsync(CancellationToken.None);

        var readiness = JsonNode.Parse(await api.Client(TestTokens.For("ops", "admin")).GetStringAsync("/api/marketplace/analytics/separation-readiness"))!;

        Assert.Equal(66.7m, readiness["trafficShare"]!["value"]!.GetValue<decimal>()); // 20 of 20 + 10 core requests
        Assert.True(readiness["trafficShare"]!["met"]!.GetValue<bool>());
        Assert.Equal(0m, readiness["monthlyPlatformRevenue"]!["value"]!.GetValue<decimal>());
        Assert.False(readiness["monthlyPlatformRevenue"]!["met"]!.GetValue<bool>());
        Assert.Equal(0m, readiness["activeUsers"]!["value"]!.GetValue<decimal>());
        Assert.InRange(readiness["p95LatencyMs"]!["value"]!.GetValue<decimal>(), 5, 5000);
        Assert.Equal(1m, readiness["featureDivergence"]!["value"]!.GetValue<decimal>()); // own authentication
        Assert.Equal("own authentication", readiness["divergentFeatures"]![0]!.GetValue<string>());
        var met = readiness["signalsMet"]!.GetValue<int>();
        Assert.Equal(met <= 1 ? "monolithic" : "microservice", readiness["recommendation"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Client(TestTokens.For("g", "grower")).GetAsync("/api/marketplace/analytics/separation-readiness")).StatusCode);
    }
}
