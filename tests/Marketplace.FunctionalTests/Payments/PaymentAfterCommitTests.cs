using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.Application.Orders;
using Marketplace.FunctionalTests.Support;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

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
        request.Headers.TryAddWithoutValidation("Stripe-Signature", LocalStripe.Sign(payload, Api.Clock.GetUtcNow()));
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

    private async Task<JsonNode> PaidOrderAsync(Buyer buyer, JsonNode listing)
    {
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        await Expect(await Webhook(StripeEvents.PaymentIntent($"evt_paid_{Id(order)}", "payment_intent.succeeded", Id(order))), HttpStatusCode.OK);
        return order;
    }

    private async Task<JsonNode> DeliveredOrderAsync(Grower grower, Buyer buyer, JsonNode listing)
    {
        var order = await PaidOrderAsync(buyer, listing);
        await Act(grower.Client, order, "confirm");
        await Act(grower.Client, order, "ship");
        await Act(buyer.Client, order, "deliver");
        return order;
    }

    private static JsonObject RefundBody(long amount) =>
        new() { ["amount"] = new JsonObject { ["amount"] = amount, ["currency"] = "USD" }, ["reason"] = "two cases wilted" };

    private static long AmountRefunded(JsonNode order) => order["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>();

    [SkippableFact]
    public async Task ChargeRefunded_InFullForAnUndeliveredOrder_CancelsItAndReleasesItsStock()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        var order = await PaidOrderAsync(buyer, listing);
        var total = order["total"]!["amount"]!.GetValue<long>();

        await Expect(await Webhook(StripeEvents.ChargeRefunded($"evt_full_{Id(order)}", total, Id(order))), HttpStatusCode.OK);

        var cancelled = await GetOrderAsync(buyer.Client, Id(order));
        Assert.Equal(("cancelled", "refunded"), (cancelled["status"]!.GetValue<string>(), cancelled["payment"]!["status"]!.GetValue<string>()));
        Assert.Equal(total, AmountRefunded(cancelled));
        Assert.Equal(0m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
        Assert.Empty(Stripe.Calls("/v1/refunds"));
    }

    [SkippableFact]
    public async Task ChargeRefunded_InPart_IsRecordedAndFlagsTheOrderForReview()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        var order = await PaidOrderAsync(buyer, listing);

        await Expect(await Webhook(StripeEvents.ChargeRefunded($"evt_part_{Id(order)}", 1000, Id(order))), HttpStatusCode.OK);

        var flagged = await GetOrderAsync(buyer.Client, Id(order));
        Assert.Equal("pending", flagged["status"]!.GetValue<string>());
        Assert.Equal(1000, AmountRefunded(flagged));
        Assert.True(flagged["flaggedForReview"]!.GetValue<bool>());
        Assert.Equal(10m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task Refund_WhenChargeRefundedArrivesBeforeTheRefundIsBooked_RefundsAndBooksOnce()
    {
        var (grower, buyer, listing) = await ReadyGrowerAsync();
        var order = await DeliveredOrderAsync(grower, buyer, listing);
        HttpStatusCode? webhook = null;
        // Stripe tells of the refund (charge.refunded) before its own request has booked it.
        Stripe.StubWhile("/v1/refunds", LocalStripe.RefundBody, async () =>
            webhook = (await Webhook(StripeEvents.ChargeRefunded("evt_refund_first", 5000))).StatusCode);

        var refunded = await Expect(await PostJson(grower.Client, Url($"/orders/{Id(order)}/refunds"), RefundBody(5000)), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, webhook);
        var call = Assert.Single(Stripe.Calls("/v1/refunds"));
        Assert.Equal("5000", LocalStripe.Form(call, "amount"));
        Assert.Equal(5000, AmountRefunded(refunded));
        var after = await GetOrderAsync(buyer.Client, Id(order));
        Assert.Equal((5000L, "partially_refunded"), (AmountRefunded(after), after["payment"]!["status"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task RefundAndCancel_RetriedWithTheSameIdempotencyKey_RefundOnce()
    {
        var (grower, buyer, listing) = await ReadyGrowerAsync();
        var delivered = await DeliveredOrderAsync(grower, buyer, listing);
        var paid = await PaidOrderAsync(buyer, listing);

        var refunds = new List<HttpResponseMessage>();
        for (var i = 0; i < 2; i++)
            refunds.Add(await grower.Client.SendAsync(WithKey(HttpMethod.Post, Url($"/orders/{Id(delivered)}/refunds"), RefundBody(5000), "refund-once")));
        var cancels = new List<HttpResponseMessage>();
        for (var i = 0; i < 2; i++)
            cancels.Add(await buyer.Client.SendAsync(WithKey(HttpMethod.Post, Url($"/orders/{Id(paid)}/cancel"), new JsonObject { ["reason"] = "plans changed" }, "cancel-once")));

        Assert.Equal(5000, AmountRefunded(await Expect(refunds[1], HttpStatusCode.OK)));
        Assert.Equal("cancelled", (await Expect(cancels[1], HttpStatusCode.OK))["status"]!.GetValue<string>());
        Assert.All([refunds[1], cancels[1]], r => Assert.Equal("true", r.Headers.GetValues("Idempotent-Replayed").Single()));
        Assert.Equal(["5000", "24775"], Stripe.Calls("/v1/refunds").Select(c => LocalStripe.Form(c, "amount")));
        Assert.Equal(5000, AmountRefunded(await GetOrderAsync(buyer.Client, Id(delivered))));
        Assert.Equal(24775, AmountRefunded(await GetOrderAsync(buyer.Client, Id(paid))));
    }

    [SkippableFact]
    public async Task Cancel_WhenStripeCannotRefund_Returns503_AndCancellingAgainRefunds()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        var order = await PaidOrderAsync(buyer, listing);
        Stripe.Stub("/v1/refunds", "POST", """{"error":{"type":"api_error","message":"unavailable"}}""", status: 503);

        await ExpectProblem(await buyer.Client.PostAsync(Url($"/orders/{Id(order)}/cancel"), JsonContent(new JsonObject { ["reason"] = "plans changed" })),
            HttpStatusCode.ServiceUnavailable, "payment_unavailable");
        var cancelled = await GetOrderAsync(buyer.Client, Id(order));
        Assert.Equal(("cancelled", 0L), (cancelled["status"]!.GetValue<string>(), AmountRefunded(cancelled)));
        Assert.Equal(0m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());

        Stripe.Stub("/v1/refunds", "POST", LocalStripe.RefundBody);
        var refunded = await Act(buyer.Client, order, "cancel", body: new { reason = "plans changed" });

        Assert.Equal((24775L, "refunded"), (AmountRefunded(refunded), refunded["payment"]!["status"]!.GetValue<string>()));
        Assert.Single(Stripe.Calls("/v1/refunds").Select(c => LocalStripe.Header(c, "Idempotency-Key")).Distinct());
    }

    [SkippableFact]
    public async Task CancelAndExpiry_CancelTheOpenPaymentIntentAtStripe()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        var cancelled = await PlaceOrderAsync(buyer.Client, Id(listing), 2);
        var expiring = await PlaceOrderAsync(buyer.Client, Id(listing), 2);

        await Act(buyer.Client, cancelled, "cancel", body: new { reason = "ordered twice" });
        Api.Clock.Advance(TimeSpan.FromMinutes(31));
        await using (var scope = Api.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireUnpaidOrdersCommand()));

        var calls = Stripe.Calls($"/v1/payment_intents/{LocalStripe.PaymentIntentId}/cancel");
        Assert.Equal([$"cancel-{Id(cancelled)}", $"cancel-{Id(expiring)}"], calls.Select(c => LocalStripe.Header(c, "Idempotency-Key")));
        Assert.Equal("cancelled", (await GetOrderAsync(buyer.Client, Id(expiring)))["status"]!.GetValue<string>());
        Assert.Equal(0m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}

public sealed class SqlitePaymentAfterCommitTests(SqliteStripeApiFactory api)
    : PaymentAfterCommitTests(api, api.Stripe), IClassFixture<SqliteStripeApiFactory>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPaymentAfterCommitTests(PostgresStripeApiFactory api)
    : PaymentAfterCommitTests(api, api.Stripe), IClassFixture<PostgresStripeApiFactory>;
