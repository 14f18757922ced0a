using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Hosting;

public sealed class StandaloneModeTests(StandaloneSqliteApiFactory api) : IClassFixture<StandaloneSqliteApiFactory>
{
    [Fact]
    public async Task Standalone_ServesRoutesAtTheRoot_AndDescribesItsDomain()
    {
        var client = api.Client();

        var board = await client.GetAsync("/listings");
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/marketplace/listings")).StatusCode);

        var document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        Assert.Equal("https://market.example.test", document["servers"]![0]!["url"]!.GetValue<string>());
        Assert.NotNull(document["paths"]!["/listings"]);
    }
}

public sealed class HealthTests(SqliteApiFactory api) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task Health_LiveAndReady_AreServedOutsideTheBasePath()
    {
        var client = api.Client();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}

public sealed class DevelopmentTests(DevelopmentSqliteApiFactory api) : IClassFixture<DevelopmentSqliteApiFactory>
{
    [Fact]
    public async Task DevToken_IssuesATokenTheApiAccepts()
    {
        var client = api.Client();
        var token = await client.PostAsJsonAsync("/api/marketplace/dev/token", new { sub = "demo-grower", email = "g@demo.test", roles = new[] { "grower" } });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var body = JsonNode.Parse(await token.Content.ReadAsStringAsync())!;
        Assert.True(body["expiresAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);

        var me = JsonNode.Parse(await api.Client(body["accessToken"]!.GetValue<string>()).GetStringAsync("/api/marketplace/users/me"))!;
        Assert.Equal("Salinas Valley Greens", me["growerProfile"]!["farmName"]!.GetValue<string>());
    }

    [Fact]
    public async Task DemoData_SeedsAnActiveBoardAcrossEveryCategory_Once()
    {
        var page = JsonNode.Parse(await api.Client().GetStringAsync("/api/marketplace/listings?limit=100&facets=true"))!;
        Assert.InRange(page["items"]!.AsArray().Count, 18, 30);
        Assert.Equal(11, page["facets"]!["category"]!.AsObject().Count);

        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Marketplace.Infrastructure.Seeding.DemoDataSeeder>().SeedAsync(CancellationToken.None);
        var again = JsonNode.Parse(await api.Client().GetStringAsync("/api/marketplace/listings?limit=100"))!;
        Assert.Equal(page["items"]!.AsArray().Count, again["items"]!.AsArray().Count);
    }
}

public sealed class NonDevelopmentTests(SqliteApiFactory api) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task DevToken_DoesNotExistOutsideDevelopment()
    {
        var response = await api.Client().PostAsJsonAsync("/api/marketplace/dev/token", new { sub = "x", roles = new[] { "admin" } });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(JsonNode.Parse(await api.Client().GetStringAsync("/api/marketplace/listings"))!["items"]!.AsArray());
    }

    [Fact]
    public void Startup_WithoutSigningKeyOrAuthority_FailsNamingTheKey()
    {
        using var factory = new ProductionWithoutKeyFactory();
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Marketplace:Auth:VibeLux:SigningKey", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_WithStripeButNoWebhookSecret_FailsNamingTheKey()
    {
        using var factory = new StripeWithoutWebhookSecretFactory();
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Marketplace:Payments:Stripe:WebhookSecret", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class StripeWithoutWebhookSecretFactory : SqliteApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Marketplace:Payments:Provider"] = "Stripe",
            ["Marketplace:Payments:Stripe:SecretKey"] = "sk_test_1",
        };
    }

    private sealed class ProductionWithoutKeyFactory : SqliteApiFactory
    {
        protected override string Environment => "Production";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Marketplace:Auth:VibeLux:SigningKey"] = "",
        };
    }
}
