using System.Security.Cryptography;
using System.Text;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Marketplace.FunctionalTests.Support;

/// <summary>
/// A local WireMock server standing in for api.stripe.com, for hosts of either database. Tests stub its answers
/// and assert on the requests it received; a stub may run test code while a request is still open.
/// </summary>
public sealed class LocalStripe : IDisposable
{
    public const string SecretKey = "sk_test_marketplace_123";
    public const string WebhookSecret = "whsec_test_marketplace_456";
    public const string ConnectWebhookSecret = "whsec_test_connect_789";
    public const string AccountId = "acct_1Grower";
    public const string PaymentIntentId = "pi_3Order";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Marketplace:Payments:Provider"] = "Stripe",
        ["Marketplace:Payments:Stripe:SecretKey"] = SecretKey,
        ["Marketplace:Payments:Stripe:WebhookSecret"] = WebhookSecret,
        ["Marketplace:Payments:Stripe:ConnectWebhookSecret"] = ConnectWebhookSecret,
        ["Marketplace:Payments:Stripe:ApiBase"] = Server.Url,
        ["Marketplace:Payments:Stripe:Timeout"] = "00:00:03",
        // Tests sweep unpaid orders themselves; the background sweep must not race them when the clock moves on.
        ["Marketplace:Orders:ExpirySweepInterval"] = "7.00:00:00",
    };

    public static string IntentBody(string status = "requires_payment_method") =>
        $$"""{"id":"{{PaymentIntentId}}","object":"payment_intent","amount":24775,"currency":"usd","client_secret":"{{PaymentIntentId}}_secret_xyz","status":"{{status}}","metadata":{} }""";

    public const string RefundBody = """{"id":"re_1Refund","object":"refund","amount":24775,"currency":"usd","status":"succeeded"}""";

    /// <summary>Stripe's usual answers for the calls the marketplace makes.</summary>
    public void StubHappyPaths()
    {
        Server.Reset();
        Stub("/v1/accounts", "POST", $$"""{"id":"{{AccountId}}","object":"account","type":"express","charges_enabled":false,"payouts_enabled":false,"details_submitted":false}""");
        Stub($"/v1/accounts/{AccountId}", "GET", $$"""{"id":"{{AccountId}}","object":"account","type":"express","charges_enabled":true,"payouts_enabled":true,"details_submitted":true}""");
        Stub("/v1/account_links", "POST", """{"object":"account_link","url":"https://connect.stripe.com/setup/e/acct_1Grower/abc","created":1764000000,"expires_at":1764000300}""");
        Stub("/v1/payment_intents", "POST", IntentBody());
        Stub($"/v1/payment_intents/{PaymentIntentId}/cancel", "POST", IntentBody("canceled"));
        Stub("/v1/refunds", "POST", RefundBody);
    }

    public void Stub(string path, string method, string body, int status = 200) =>
        Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    /// <summary>Answers <paramref name="path"/> with <paramref name="body"/> only after <paramref name="meanwhile"/> has run.</summary>
    public void StubWhile(string path, string body, Func<Task> meanwhile) =>
        Server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create().WithCallback(async _ =>
            {
                await meanwhile();
                var answer = new ResponseMessage
                {
                    StatusCode = 200,
                    BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String },
                };
                answer.AddHeader("Content-Type", "application/json");
                return (IResponseMessage)answer;
            }));

    /// <summary>The requests Stripe received on a path, oldest first.</summary>
    public IReadOnlyList<WireMock.Logging.ILogEntry> Calls(string path, string method = "POST") =>
        Server.LogEntries.Where(e => e.RequestMessage.Path == path && e.RequestMessage.Method == method)
            .OrderBy(e => e.RequestMessage.DateTime).ToList();

    /// <summary>Signs a payload exactly as Stripe does: <c>t=…,v1=</c> hex HMAC-SHA256 of "{t}.{payload}".</summary>
    public static string Sign(string payload, DateTimeOffset at, string secret = WebhookSecret)
    {
        var t = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexString(mac).ToLowerInvariant()}";
    }

    public static string Header(WireMock.Logging.ILogEntry call, string name) => call.RequestMessage.Headers![name].Single();

    public static string Form(WireMock.Logging.ILogEntry call, string field) =>
        Uri.UnescapeDataString(call.RequestMessage.Body!.Split('&').Select(p => p.Split('=', 2))
            .Single(p => Uri.UnescapeDataString(p[0]) == field)[1].Replace('+', ' '));

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}

/// <summary>The Stripe provider on SQLite, pointed at its own <see cref="LocalStripe"/>.</summary>
public sealed class SqliteStripeApiFactory : SqliteApiFactory
{
    public LocalStripe Stripe { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => Stripe.Settings;

    public override async ValueTask DisposeAsync()
    {
        Stripe.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>The Stripe provider on PostgreSQL; its tests join the PostgreSQL collection, which owns that database.</summary>
public sealed class PostgresStripeApiFactory : PostgresApiFactory
{
    public LocalStripe Stripe { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => Stripe.Settings;

    public override async ValueTask DisposeAsync()
    {
        Stripe.Dispose();
        await base.DisposeAsync();
    }
}
