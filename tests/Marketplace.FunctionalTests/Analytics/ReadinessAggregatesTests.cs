using System.Collections.Concurrent;
using System.Net;
using Marketplace.Api.Metrics;
using Marketplace.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Analytics;

/// <summary>VibeLux core's traffic, for the traffic-share signal.</summary>
internal static class ReadinessSettings
{
    public static IDictionary<string, string?> Values => new Dictionary<string, string?>
    {
        ["Marketplace:Integration:CoreRequestsPerDay"] = "300",
    };
}

public sealed class SqliteReadinessApiFactory : SqliteApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => ReadinessSettings.Values;
}

public sealed class PostgresReadinessApiFactory : PostgresApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => ReadinessSettings.Values;
}

/// <summary>The readiness signals are sums and a percentile over a day of metric rows, computed by the database.</summary>
public abstract class ReadinessAggregatesTests(ApiFactory api) : ApiTestBase(api)
{
    private void Record(string group, int count, int milliseconds, int status = 200)
    {
        var metrics = Api.Services.GetRequiredService<RequestMetrics>();
        for (var i = 0; i < count; i++) metrics.Record(group, TimeSpan.FromMilliseconds(milliseconds), status);
    }

    private Task FlushAsync() => Api.Services.GetRequiredService<RequestMetrics>().FlushAsync(CancellationToken.None);

    /// <summary>Two days of traffic in several rows: only the last day counts.</summary>
    private async Task SeedTrafficAsync()
    {
        Record("listings", 50, 3000); // more than a day before the question: never counted
        await FlushAsync();
        Api.Clock.Advance(TimeSpan.FromHours(25));

        Record("listings", 60, 3);
        Record("listings", 20, 40);
        await FlushAsync();
        Api.Clock.Advance(TimeSpan.FromMinutes(2));
        Record("orders", 10, 120);
        Record("orders", 5, 700);
        await FlushAsync();
        Record("orders", 5, 700, status: 500); // the same minute and group again: added to that row
        await FlushAsync();
    }

    [SkippableFact]
    public async Task Readiness_OverADayOfMetricRows_MatchesTheHandComputedSignals()
    {
        await SeedTrafficAsync();

        var readiness = await Expect(await As("ops", "admin").GetAsync(Url("/analytics/separation-readiness")), HttpStatusCode.OK);

        // 100 requests in the last day (60 <= 5 ms, 20 <= 50 ms, 10 <= 250 ms, 10 <= 1000 ms) against 300 of core's.
        Assert.Equal(25.0m, readiness["trafficShare"]!["value"]!.GetValue<decimal>());
        Assert.False(readiness["trafficShare"]!["met"]!.GetValue<bool>());
        // The 95th of 100 requests falls in the bucket up to 1000 ms.
        Assert.Equal(1000m, readiness["p95LatencyMs"]!["value"]!.GetValue<decimal>());
        Assert.True(readiness["p95LatencyMs"]!["met"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task Readiness_AggregatesTheMetricsInTheDatabase_NotRowByRow()
    {
        await SeedTrafficAsync();
        var metricQueries = new ConcurrentQueue<string>();
        Api.Commands.FailWhen = sql =>
        {
            if (sql.Contains("marketplace_request_metrics", StringComparison.OrdinalIgnoreCase)) metricQueries.Enqueue(sql);
            return false;
        };

        await Expect(await As("ops", "admin").GetAsync(Url("/analytics/separation-readiness")), HttpStatusCode.OK);

        var query = Assert.Single(metricQueries);
        Assert.Contains("SUM(", query, StringComparison.OrdinalIgnoreCase);
        var selected = query[..query.IndexOf("WHERE", StringComparison.OrdinalIgnoreCase)];
        Assert.DoesNotContain("\"minute\"", selected, StringComparison.OrdinalIgnoreCase); // no row is read back
    }
}

public sealed class SqliteReadinessAggregatesTests(SqliteReadinessApiFactory api)
    : ReadinessAggregatesTests(api), IClassFixture<SqliteReadinessApiFactory>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReadinessAggregatesTests(PostgresReadinessApiFactory api)
    : ReadinessAggregatesTests(api), IClassFixture<PostgresReadinessApiFactory>;
