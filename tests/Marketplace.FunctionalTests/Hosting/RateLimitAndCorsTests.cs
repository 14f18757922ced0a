using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Hosting;

public sealed class LimitedSqliteApiFactory : SqliteApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:RateLimits:Enabled"] = "true",
        ["Marketplace:RateLimits:board:PermitLimit"] = "3",
        ["Marketplace:RateLimits:board:WindowSeconds"] = "2",
        ["Marketplace:Board:CacheSeconds"] = "0",
        ["Marketplace:Cors:Origins:0"] = "https://shop.example.test",
    };
}

public sealed class RateLimitAndCorsTests(LimitedSqliteApiFactory api) : IClassFixture<LimitedSqliteApiFactory>
{
    [Fact]
    public async Task Board_OverItsLimit_Returns429WithRetryAfter_PerCaller_ThenRecovers()
    {
        var alice = api.Client(TestTokens.For("alice", "buyer"));
        var bob = api.Client(TestTokens.For("bob", "buyer"));
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync("/api/marketplace/listings")).StatusCode);

        var limited = await alice.GetAsync("/api/marketplace/listings");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal("rate_limited", JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("/api/marketplace/listings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync("/api/marketplace/users/me")).StatusCode); // another group's limit

        await Task.Delay(limited.Headers.RetryAfter!.Delta!.Value + TimeSpan.FromMilliseconds(300));
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync("/api/marketplace/listings")).StatusCode);
    }

    [Fact]
    public async Task Cors_AllowsConfiguredOriginsOnly()
    {
        var client = api.Client();
        var allowed = new HttpRequestMessage(HttpMethod.Options, "/api/marketplace/listings");
        allowed.Headers.Add("Origin", "https://shop.example.test");
        allowed.Headers.Add("Access-Control-Request-Method", "GET");
        var response = await client.SendAsync(allowed);
        Assert.Equal("https://shop.example.test", response.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var other = new HttpRequestMessage(HttpMethod.Options, "/api/marketplace/listings");
        other.Headers.Add("Origin", "https://evil.example.test");
        other.Headers.Add("Access-Control-Request-Method", "GET");
        Assert.False((await client.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"));
    }
}
