using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Users;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>Counts password verifications: the seam that shows how much hashing work a login costs.</summary>
public sealed class CountingPasswordHashing : IPasswordHashing
{
    private static readonly PasswordHasher<object> Hasher = new();
    private int _verifications;

    public int Verifications => _verifications;

    public string Hash(string password) => Hasher.HashPassword(new object(), password);

    public bool Verify(string hash, string password, out string? rehashed)
    {
        Interlocked.Increment(ref _verifications);
        rehashed = null;
        return Hasher.VerifyHashedPassword(new object(), hash, password) != PasswordVerificationResult.Failed;
    }
}

/// <summary>TestServer has no peer address; this header stands in for the client's address.</summary>
internal sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address)) context.Connection.RemoteIpAddress = IPAddress.Parse(address!);
            return following(context);
        });
        next(app);
    };
}

/// <summary>Separate mode with its lockout and admin settings, a counting password hasher and a settable client address.</summary>
internal static class SeparateAccountsHost
{
    public static IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Marketplace:Auth:Mode"] = "separate",
        ["Marketplace:Auth:Local:SigningKey"] = FederatedApiFactory.LocalKey,
        ["Marketplace:Auth:Separate:AdminEmails:0"] = "Boss@Farm.test",
    };

    public static void Configure(IWebHostBuilder builder, CountingPasswordHashing passwords) => builder.ConfigureTestServices(services =>
    {
        services.RemoveAll<IPasswordHashing>();
        services.AddSingleton<IPasswordHashing>(passwords);
        services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
    });
}

public sealed class SeparateAccountsApiFactory : SqliteApiFactory
{
    public CountingPasswordHashing Passwords { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => SeparateAccountsHost.Settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SeparateAccountsHost.Configure(builder, Passwords);
    }
}

public sealed class PostgresSeparateAccountsApiFactory : PostgresApiFactory
{
    public CountingPasswordHashing Passwords { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => SeparateAccountsHost.Settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SeparateAccountsHost.Configure(builder, Passwords);
    }
}

public abstract class SeparateAccountsTests(ApiFactory api, CountingPasswordHashing passwords) : ApiTestBase(api)
{
    private Task<HttpResponseMessage> Register(string email, string password = "right password 123") =>
        Api.Client().PostAsJsonAsync("/api/marketplace/auth/register", new { email, password, displayName = "Someone", roles = new[] { "grower" } });

    private Task<HttpResponseMessage> Login(string email, string password, string address = "192.0.2.1")
    {
        var client = Api.Client();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client.PostAsJsonAsync("/api/marketplace/auth/login", new { email, password });
    }

    [SkippableFact]
    public async Task Login_ForAnUnknownEmail_DoesTheSameHashingWorkAsAWrongPassword()
    {
        Assert.Equal(HttpStatusCode.Created, (await Register("known@farm.test")).StatusCode);

        var before = passwords.Verifications;
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login("known@farm.test", "wrong password 123")).StatusCode);
        var forWrongPassword = passwords.Verifications - before;

        before = passwords.Verifications;
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login("stranger@farm.test", "wrong password 123")).StatusCode);
        var forUnknownEmail = passwords.Verifications - before;

        Assert.Equal(1, forWrongPassword);
        Assert.Equal(forWrongPassword, forUnknownEmail);
    }

    [SkippableFact]
    public async Task AdminEmails_AreReservedForRegistration_AndTheListedAccountGetsTheAdminRoleAtLogin()
    {
        // Emails are not verified: whoever registers a listed email first must not become admin.
        var claim = await Register("boss@farm.test");
        Assert.Equal(HttpStatusCode.Forbidden, claim.StatusCode);
        Assert.Equal("email_reserved", JsonNode.Parse(await claim.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());

        // The owner's account existed before its email was listed.
        await using (var scope = Api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            db.Accounts.Add(Account.Register("boss@farm.test", "Boss", ["grower"], passwords.Hash("right password 123"), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.Created, (await Register("worker@farm.test")).StatusCode);

        var boss = await Token(await Login("Boss@Farm.test", "right password 123"));
        var worker = await Token(await Login("worker@farm.test", "right password 123"));

        Assert.Contains("admin", await Roles(boss));
        Assert.DoesNotContain("admin", await Roles(worker));
        Assert.Equal(HttpStatusCode.OK, (await Api.Client(boss).GetAsync("/api/marketplace/admin/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Client(worker).GetAsync("/api/marketplace/admin/outbox")).StatusCode);
    }

    [SkippableFact]
    public async Task WrongPasswordsFromAStranger_LockOnlyTheStrangersAddress()
    {
        Assert.Equal(HttpStatusCode.Created, (await Register("target@farm.test")).StatusCode);
        for (var i = 0; i < 5; i++) await Login("target@farm.test", "guessed password 1", address: "203.0.113.66");

        var stranger = await Login("target@farm.test", "right password 123", address: "203.0.113.66");
        Assert.Equal(HttpStatusCode.Conflict, stranger.StatusCode);
        Assert.Equal("account_locked", JsonNode.Parse(await stranger.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await Login("target@farm.test", "right password 123", address: "198.51.100.7")).StatusCode);
    }

    private static async Task<string> Token(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
    }

    private async Task<List<string>> Roles(string token) =>
        JsonNode.Parse(await Api.Client(token).GetStringAsync("/api/marketplace/users/me"))!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
}

public sealed class SqliteSeparateAccountsTests(SeparateAccountsApiFactory api)
    : SeparateAccountsTests(api, api.Passwords), IClassFixture<SeparateAccountsApiFactory>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSeparateAccountsTests(PostgresSeparateAccountsApiFactory api)
    : SeparateAccountsTests(api, api.Passwords), IClassFixture<PostgresSeparateAccountsApiFactory>;
