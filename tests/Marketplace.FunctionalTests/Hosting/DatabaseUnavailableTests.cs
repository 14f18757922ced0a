using System.Net;
using System.Net.Http.Json;
using Marketplace.FunctionalTests.Support;
using Microsoft.Data.Sqlite;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>SQLite with a one-second busy timeout, so a write waiting on a lock held elsewhere gives up quickly.</summary>
public sealed class ShortBusyTimeoutSqliteApiFactory : SqliteApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Marketplace"] = $"Data Source={DatabasePath};Pooling=False;Default Timeout=1",
    };
}

/// <summary>PostgreSQL at an address where nothing listens: every connection is refused.</summary>
public sealed class UnreachablePostgresApiFactory : ApiFactory
{
    protected override IDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Database:Provider"] = "PostgreSql",
        ["Marketplace:Database:MigrateOnStartup"] = "false",
        ["ConnectionStrings:Marketplace"] = "Host=127.0.0.1;Port=9;Database=marketplace;Username=postgres;Password=postgres;Timeout=3",
    };

    public override Task ResetAsync() => Task.CompletedTask; // there is nothing to reset
}

public sealed class DatabaseUnavailableTests
{
    private static async Task AssertDatabaseUnavailableAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"Expected 503 but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("database_unavailable", System.Text.Json.Nodes.JsonNode.Parse(text)!["code"]!.GetValue<string>());
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.True(int.TryParse(retryAfter, out var seconds) && seconds > 0, $"Retry-After is '{retryAfter}', not a number of seconds");
    }

    [Fact]
    public async Task Sqlite_WhileAnotherConnectionHoldsTheWriteLock_Returns503DatabaseUnavailable_AndChangesNothing()
    {
        await using var api = new ShortBusyTimeoutSqliteApiFactory();
        var grower = api.Client(TestTokens.For("grower-1", "grower"));
        Assert.Equal(HttpStatusCode.OK, (await grower.GetAsync("/api/marketplace/users/me")).StatusCode);

        await using (var holder = new SqliteConnection($"Data Source={api.DatabasePath};Pooling=False"))
        {
            await holder.OpenAsync();
            await using (var command = holder.CreateCommand())
            {
                command.CommandText = "BEGIN EXCLUSIVE;";
                await command.ExecuteNonQueryAsync();
            }
            var response = await grower.PutAsJsonAsync("/api/marketplace/users/me/grower-profile", new
            {
                farmName = "Locked Farm", description = "Hydroponic greens", city = "Salinas", state = "CA", postalCode = "93901",
                latitude = 36.67, longitude = -121.65, growingMethods = new[] { "hydroponic" }, certifications = Array.Empty<string>(),
                facilitySizeSqFt = 1000,
            });
            await AssertDatabaseUnavailableAsync(response);
        }

        var me = System.Text.Json.Nodes.JsonNode.Parse(await grower.GetStringAsync("/api/marketplace/users/me"))!;
        Assert.Null(me["growerProfile"]);
    }

    [Fact]
    public async Task Postgres_RefusingConnections_Returns503DatabaseUnavailable_ForReadsAndWrites()
    {
        await using var api = new UnreachablePostgresApiFactory();
        await AssertDatabaseUnavailableAsync(await api.Client().GetAsync("/api/marketplace/listings"));
        await AssertDatabaseUnavailableAsync(await api.Client(TestTokens.For("grower-1", "grower")).GetAsync("/api/marketplace/users/me"));
    }

    [Theory]
    [InlineData("53300", true)]  // too_many_connections
    [InlineData("57P03", true)]  // cannot_connect_now
    [InlineData("23505", false)] // unique_violation: a conflict, not an outage
    [InlineData("42P01", false)] // undefined_table: a bug, still a 500
    public void PostgresErrors_ThatRefuseConnections_AreUnavailable_OthersAreNot(string sqlState, bool unavailable)
    {
        var error = new Npgsql.PostgresException("refused", "FATAL", "FATAL", sqlState);
        Assert.Equal(unavailable, Marketplace.Infrastructure.Persistence.DatabaseAvailability.IsUnavailable(error));
        // EF wraps provider errors; the wrapped one is recognised too.
        Assert.Equal(unavailable, Marketplace.Infrastructure.Persistence.DatabaseAvailability.IsUnavailable(
            new Microsoft.EntityFrameworkCore.DbUpdateException("save failed", error)));
    }
}
