using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Hosting;

public sealed class FederatedApiFactory : SqliteApiFactory
{
    public const string LocalKey = "marketplace-local-signing-key-for-tests-0123";

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Auth:Mode"] = "federated",
        ["Marketplace:Auth:Local:SigningKey"] = LocalKey,
    };
}

public class SeparateApiFactory : SqliteApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Auth:Mode"] = "separate",
        ["Marketplace:Auth:Local:SigningKey"] = FederatedApiFactory.LocalKey,
    };
}

/// <summary>A host of its own for the lockout test, whose clock moves forward.</summary>
public sealed class SeparateLockoutApiFactory : SeparateApiFactory;

internal static class LocalTokens
{
    public static string For(string subject, string[] roles, string key = FederatedApiFactory.LocalKey, DateTime? expires = null, string audience = "marketplace") =>
        TestTokens.Create(subject, roles, issuer: "vibelux-marketplace", audience: audience, key: key, expires: expires);
}

public sealed class FederatedModeTests(FederatedApiFactory api) : IClassFixture<FederatedApiFactory>
{
    [Fact]
    public async Task BothIssuers_AreAccepted_AndASessionKeepsTheSameIdentity()
    {
        var vibelux = TestTokens.For("vl-user-1", "buyer");
        var viaVibeLux = JsonNode.Parse(await api.Client(vibelux).GetStringAsync("/api/marketplace/users/me"))!;

        var session = await api.Client().PostAsJsonAsync("/api/marketplace/auth/session", new { vibeluxToken = vibelux });
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        var local = JsonNode.Parse(await session.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
        var viaLocal = JsonNode.Parse(await api.Client(local).GetStringAsync("/api/marketplace/users/me"))!;

        Assert.Equal(viaVibeLux["id"]!.GetValue<string>(), viaLocal["id"]!.GetValue<string>());
        Assert.Equal(["buyer"], viaLocal["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await api.Client(LocalTokens.For("local-1", ["grower"])).GetAsync("/api/marketplace/users/me")).StatusCode);
    }

    [Theory]
    [InlineData("local, wrong key")]
    [InlineData("local, expired")]
    [InlineData("local, wrong audience")]
    [InlineData("vibelux, expired")]
    [InlineData("alg none")]
    [InlineData("session with a bad VibeLux token")]
    public async Task BadTokens_Return401(string kind)
    {
        var response = kind switch
        {
            "local, wrong key" => await api.Client(LocalTokens.For("u", ["buyer"], key: "some-other-key-that-is-long-enough-12345678")).GetAsync("/api/marketplace/users/me"),
            "local, expired" => await api.Client(LocalTokens.For("u", ["buyer"], expires: DateTime.UtcNow.AddMinutes(-5))).GetAsync("/api/marketplace/users/me"),
            "local, wrong audience" => await api.Client(LocalTokens.For("u", ["buyer"], audience: "billing")).GetAsync("/api/marketplace/users/me"),
            "vibelux, expired" => await api.Client(TestTokens.Create("u", ["buyer"], expires: DateTime.UtcNow.AddMinutes(-5))).GetAsync("/api/marketplace/users/me"),
            "alg none" => await api.Client(TestTokens.Unsigned("u", "buyer")).GetAsync("/api/marketplace/users/me"),
            _ => await api.Client().PostAsJsonAsync("/api/marketplace/auth/session", new { vibeluxToken = TestTokens.Create("u", ["buyer"], key: "wrong-key-wrong-key-wrong-key-wrong-key-12") }),
        };
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Session_ForAVibeLuxTokenAboutToExpire_NeverOutlivesIt()
    {
        var vibelux = TestTokens.Create("vl-short", ["buyer"], expires: DateTime.UtcNow.AddMinutes(10));
        var vibeluxExpiry = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(vibelux).ValidTo;

        var session = await api.Client().PostAsJsonAsync("/api/marketplace/auth/session", new { vibeluxToken = vibelux });

        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        var body = JsonNode.Parse(await session.Content.ReadAsStringAsync())!;
        var local = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(body["accessToken"]!.GetValue<string>());
        Assert.True(local.ValidTo <= vibeluxExpiry, $"The marketplace token expires at {local.ValidTo:O}, after the VibeLux token ({vibeluxExpiry:O}).");
        Assert.True(body["expiresAt"]!.GetValue<DateTimeOffset>() <= new DateTimeOffset(vibeluxExpiry, TimeSpan.Zero));
    }

    [Fact]
    public async Task MissingRole_Returns403()
    {
        var response = await api.Client(LocalTokens.For("buyer-only", ["buyer"])).PutAsJsonAsync("/api/marketplace/users/me/grower-profile",
            new { farmName = "X", city = "Y", state = "CA", postalCode = "1" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class SeparateModeTests(SeparateApiFactory api) : IClassFixture<SeparateApiFactory>
{
    private async Task<HttpResponseMessage> Login(string email, string password) =>
        await api.Client().PostAsJsonAsync("/api/marketplace/auth/login", new { email, password });

    [Fact]
    public async Task RegisterAndLogin_GiveWorkingTokens_AndVibeLuxTokensAreRefused()
    {
        var registered = await api.Client().PostAsJsonAsync("/api/marketplace/auth/register",
            new { email = "Chef@Bistro.test", password = "correct horse battery", displayName = "Chef", roles = new[] { "buyer" } });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var token = JsonNode.Parse(await registered.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
        var me = JsonNode.Parse(await api.Client(token).GetStringAsync("/api/marketplace/users/me"))!;
        Assert.Equal("chef@bistro.test", me["email"]!.GetValue<string>());

        var login = await Login("chef@bistro.test", "correct horse battery");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client(TestTokens.For("vl-user", "buyer")).GetAsync("/api/marketplace/users/me")).StatusCode);

        var duplicate = await api.Client().PostAsJsonAsync("/api/marketplace/auth/register",
            new { email = "chef@bistro.test", password = "another long password", displayName = "Other", roles = new[] { "grower" } });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var admin = await api.Client().PostAsJsonAsync("/api/marketplace/auth/register",
            new { email = "boss@bistro.test", password = "another long password", displayName = "Boss", roles = new[] { "admin" } });
        Assert.Equal(HttpStatusCode.BadRequest, admin.StatusCode);
    }

}

public sealed class SeparateModeLockoutTests(SeparateLockoutApiFactory api) : IClassFixture<SeparateLockoutApiFactory>
{
    private async Task<HttpResponseMessage> Login(string email, string password) =>
        await api.Client().PostAsJsonAsync("/api/marketplace/auth/login", new { email, password });

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount()
    {
        await api.Client().PostAsJsonAsync("/api/marketplace/auth/register",
            new { email = "grower@farm.test", password = "right password 123", displayName = "Grower", roles = new[] { "grower" } });

        var wrong = await Login("grower@farm.test", "wrong password 123");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("invalid_credentials", JsonNode.Parse(await wrong.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        for (var i = 0; i < 4; i++) await Login("grower@farm.test", "wrong password 123");

        var locked = await Login("grower@farm.test", "right password 123");
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Equal("account_locked", JsonNode.Parse(await locked.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());

        api.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await Login("grower@farm.test", "right password 123")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login("nobody@farm.test", "whatever password")).StatusCode);
    }
}
