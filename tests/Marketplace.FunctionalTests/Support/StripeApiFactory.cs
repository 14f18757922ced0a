using System.Security.Cryptography;
using System.Text;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Marketplace.FunctionalTests.Support;

/// <summary>
/// The API with the Stripe provider, pointed at a local WireMock server standing in for api.stripe.com.
/// Tests assert on the requests the server received: path, headers and form fields, as Stripe documents them.
/// </summary>
public sealed class StripeApiFactory : SqliteApiFactory
{
    public const string SecretKey = "sk_test_marketplace_123";
    public const string WebhookSecret = "whsec_test_marketplace_456";
    public const string ConnectWebhookSecret = "whsec_test_connect_789";
    public const string AccountId = "acct_1Grower";
    public const string PaymentIntentId = "pi_3Order";

    public WireMockServer Stripe { get; } = WireMockServer.Start();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Payments:Provider"] = "Stripe",
        ["Marketplace:Payments:Stripe:SecretKey"] = SecretKey,
        ["Marketplace:Payments:Stripe:WebhookSecret"] = WebhookSecret,
        ["Marketplace:Payments:Stripe:ConnectWebhookSecret"] = ConnectWebhookSecret,
        ["Marketplace:Payments:Stripe:ApiBase"] = Stripe.Url,
        ["Marketplace:Payments:Stripe:Timeout"] = "00:00:03",
    };

    /// <summary>Stripe's usual answers for the calls the marketplace makes.</summary>
    public void StubHappyPaths()
    {
        Stripe.Reset();
        Stub("/v1/accounts", "POST", $$"""{"id":"{{AccountId}}","object":"account","type":"express","charges_enabled":false,"payouts_enabled":false,"details_submitted":false}""");
        Stub($"/v1/accounts/{AccountId}", "GET", $$"""{"id":"{{AccountId}}","object":"account","type":"express","charges_enabled":true,"payouts_enabled":true,"details_submitted":true}""");
        Stub("/v1/account_links", "POST", """{"object":"account_link","url":"https://connect.stripe.com/setup/e/acct_1Grower/abc","created":1764000000,"expires_at":1764000300}""");
        Stub("/v1/payment_intents", "POST", $$"""{"id":"{{PaymentIntentId}}","object":"payment_intent","amount":24775,"currency":"usd","client_secret":"{{PaymentIntentId}}_secret_xyz","status":"requires_payment_method","metadata":{} }""");
        Stub("/v1/refunds", "POST", """{"id":"re_1Refund","object":"refund","amount":100,"currency":"usd","status":"succeeded"}""");
    }

    public void Stub(string path, string method, string body, int status = 200) =>
        Stripe.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    /// <summary>The requests Stripe received on a path, oldest first.</summary>
    public IReadOnlyList<WireMock.Logging.ILogEntry> Calls(string path, string method = "POST") =>
        Stripe.LogEntries.Where(e => e.RequestMessage.Path == path && e.RequestMessage.Method == method)
            .OrderBy(e => e.RequestMessage.DateTime).ToList();

    /// <summary>Signs a payload exactly as Stripe does: <c>t=…,v1=</c> hex HMAC-SHA256 of "{t}.{payload}".</summary>
    public static string Sign(string payload, DateTimeOffset at, string secret = WebhookSecret)
    {
        var t = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexString(mac).ToLowerInvariant()}";
    }

    public override async ValueTask DisposeAsync()
    {
        Stripe.Stop();
        Stripe.Dispose();
        await base.DisposeAsync();
    }
}
