using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Payments;

/// <summary>
/// Orders and refunds with Stripe: the provider is called after the stock transaction has committed, once per
/// request, with a key fixed before the call. Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class PaymentAfterCommitTests(ApiFactory api, LocalStripe stripe) : ApiTestBase(api)
{
    protected LocalStripe Stripe => stripe;

    protected async Task<(Grower Grower, Buyer Buyer, JsonNode Listing)> ReadyGrowerAsync()
    {
        Stripe.StubHappyPaths();
        var grower = await NewGrowerAsync();
        await Expect(await grower.Client.PostAsync(Url("/payments/connect/onboarding"), null), HttpStatusCode.OK);
        await Expect(await Webhook(StripeEvents.AccountUpdated("evt_acct_ready", chargesEnabled: true)), HttpStatusCode.OK);
        return (grower, await NewBuyerAsync(), await CreateListingAsync(grower.Client));
    }

    protected Task<HttpResponseMessage> Webhook(string payload)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url("/webhooks/stripe"))
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", StripeApiFactory.Sign(payload, Api.Clock.GetUtcNow()));
        return Anonymous().SendAsync(request);
    }

    protected static HttpRequestMessage WithKey(HttpMethod method, string url, JsonNode body, string key)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    protected async Task<JsonNode> GetOrderAsync(HttpClient client, string id) =>
        await Expect(await client.GetAsync(Url($"/orders/{id}")), HttpStatusCode.OK);

    [SkippableFact]
    public async Task PlaceOrder_WhileStripeAnswers_HoldsNoLockOnTheStock()
    {
        var (grower, buyer, listing) = await ReadyGrowerAsync();
        HttpStatusCode? adjusted = null;
        // The grower books stock in on the same listing while Stripe is still answering: it must not wait for the order.
        Stripe.StubWhile("/v1/payment_intents", LocalStripe.IntentBody(), async () =>
            adjusted = (await PostJson(grower.Client, Url($"/listings/{Id(listing)}/stock"),
                new JsonObject { ["kind"] = "received", ["quantity"] = 5, ["reason"] = "second harvest" })).StatusCode);

        var placed = await Expect(await PostJson(buyer.Client, Url("/orders"), OrderBody(Id(listing), 10)), HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.OK, adjusted);
        Assert.Equal("pending_payment", placed["order"]!["status"]!.GetValue<string>());
        var stock = (await GetListingAsync(Id(listing)))["stock"]!;
        Assert.Equal((125m, 10m), (stock["onHand"]!.GetValue<decimal>(), stock["reserved"]!.GetValue<decimal>()));
        Assert.Single(Stripe.Calls("/v1/payment_intents"));
    }

    [SkippableFact]
    public async Task PlaceOrder_WhenStripeIsDown_Returns503_CancelsTheOrderAndReleasesItsStock()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        Stripe.Stub("/v1/payment_intents", "POST", """{"error":{"type":"api_error","message":"unavailable"}}""", status: 503);

        await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), OrderBody(Id(listing), 2)), HttpStatusCode.ServiceUnavailable, "payment_unavailable");

        Assert.Equal(0m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
        var order = Assert.Single((await Expect(await buyer.Client.GetAsync(Url("/orders")), HttpStatusCode.OK))["items"]!.AsArray())!;
        Assert.Equal("cancelled", order["status"]!.GetValue<string>());
        var keys = Stripe.Calls("/v1/payment_intents").Select(c => LocalStripe.Header(c, "Idempotency-Key")).Distinct();
        Assert.Equal($"order-{Id(order)}", Assert.Single(keys));
    }

    [SkippableFact]
    public async Task PlaceOrder_SameKeyAfterA503_PlacesTheOrder()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        Stripe.Stub("/v1/payment_intents", "POST", """{"error":{"type":"api_error","message":"unavailable"}}""", status: 503);
        await ExpectProblem(await buyer.Client.SendAsync(WithKey(HttpMethod.Post, Url("/orders"), OrderBody(Id(listing), 2), "after-outage")),
            HttpStatusCode.ServiceUnavailable, "payment_unavailable");

        Stripe.Stub("/v1/payment_intents", "POST", LocalStripe.IntentBody());
        var retry = await buyer.Client.SendAsync(WithKey(HttpMethod.Post, Url("/orders"), OrderBody(Id(listing), 2), "after-outage"));

        var placed = await Expect(retry, HttpStatusCode.Created);
        Assert.False(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("pending_payment", placed["order"]!["status"]!.GetValue<string>());
        Assert.Equal(2m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
    }
}

public sealed class SqlitePaymentAfterCommitTests(SqliteStripeApiFactory api)
    : PaymentAfterCommitTests(api, api.Stripe), IClassFixture<SqliteStripeApiFactory>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPaymentAfterCommitTests(PostgresStripeApiFactory api)
    : PaymentAfterCommitTests(api, api.Stripe), IClassFixture<PostgresStripeApiFactory>;
