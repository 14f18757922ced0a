using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Marketplace.FunctionalTests.Payments;

/// <summary>The Stripe provider against a local server that checks Stripe's wire format.</summary>
public sealed class StripeTests(SqliteStripeApiFactory api) : ApiTestBase(api), IClassFixture<SqliteStripeApiFactory>
{
    private LocalStripe Stripe { get; } = api.Stripe;

    private async Task<(Grower Grower, Buyer Buyer, JsonNode Listing)> ReadyGrowerAsync()
    {
        Stripe.StubHappyPaths();
        var grower = await NewGrowerAsync();
        await Expect(await grower.Client.PostAsync(Url("/payments/connect/onboarding"), null), HttpStatusCode.OK);
        await Expect(await Webhook(StripeEvents.AccountUpdated("evt_acct_ready", chargesEnabled: true)), HttpStatusCode.OK);
        return (grower, await NewBuyerAsync(), await CreateListingAsync(grower.Client));
    }

    private Task<HttpResponseMessage> Webhook(string payload, DateTimeOffset? signedAt = null, string secret = LocalStripe.WebhookSecret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url("/webhooks/stripe"))
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", LocalStripe.Sign(payload, signedAt ?? Api.Clock.GetUtcNow(), secret));
        return Anonymous().SendAsync(request);
    }

    [SkippableFact]
    public async Task Onboarding_CreatesOneExpressAccount_AndAFreshLinkEachTime()
    {
        Stripe.StubHappyPaths();
        var grower = await NewGrowerAsync();

        var first = await Expect(await grower.Client.PostAsync(Url("/payments/connect/onboarding"), null), HttpStatusCode.OK);
        await Expect(await grower.Client.PostAsync(Url("/payments/connect/onboarding"), null), HttpStatusCode.OK);

        Assert.Equal(LocalStripe.AccountId, first["accountId"]!.GetValue<string>());
        Assert.StartsWith("https://connect.stripe.com/", first["onboardingUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        var account = Assert.Single(Stripe.Calls("/v1/accounts"));
        Assert.Equal($"Bearer {LocalStripe.SecretKey}", LocalStripe.Header(account, "Authorization"));
        Assert.Equal($"account-{grower.Id}", LocalStripe.Header(account, "Idempotency-Key"));
        Assert.Equal("express", LocalStripe.Form(account, "type"));
        Assert.Equal(grower.Id.ToString(), LocalStripe.Form(account, "metadata[grower_id]"));
        var links = Stripe.Calls("/v1/account_links");
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.Equal(LocalStripe.AccountId, LocalStripe.Form(l, "account")));
        Assert.Equal("account_onboarding", LocalStripe.Form(links[0], "type"));

        var status = await Expect(await grower.Client.GetAsync(Url("/payments/connect/status")), HttpStatusCode.OK);
        Assert.True(status["chargesEnabled"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task PlaceOrder_CreatesADestinationChargeWithTheOrdersIdempotencyKey()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();

        var placed = await Expect(await PostJson(buyer.Client, Url("/orders"), OrderBody(Id(listing), 10)), HttpStatusCode.Created);

        var order = placed["order"]!;
        Assert.Equal("pending_payment", order["status"]!.GetValue<string>());
        Assert.Equal("stripe", placed["payment"]!["provider"]!.GetValue<string>());
        Assert.Equal($"{LocalStripe.PaymentIntentId}_secret_xyz", placed["payment"]!["clientSecret"]!.GetValue<string>());
        var call = Assert.Single(Stripe.Calls("/v1/payment_intents"));
        Assert.Equal($"Bearer {LocalStripe.SecretKey}", LocalStripe.Header(call, "Authorization"));
        Assert.Equal($"order-{Id(order)}", LocalStripe.Header(call, "Idempotency-Key"));
        Assert.Equal("24775", LocalStripe.Form(call, "amount"));
        Assert.Equal("usd", LocalStripe.Form(call, "currency"));
        Assert.Equal("1164", LocalStripe.Form(call, "application_fee_amount"));
        Assert.Equal(LocalStripe.AccountId, LocalStripe.Form(call, "transfer_data[destination]"));
        Assert.Equal(Id(order), LocalStripe.Form(call, "metadata[order_id]"));
    }

    [SkippableFact]
    public async Task PlaceOrder_ForAGrowerWhoseAccountCannotTakeCharges_Returns409()
    {
        Stripe.StubHappyPaths();
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);

        await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), OrderBody(Id(listing), 2)), HttpStatusCode.Conflict, "grower_cannot_accept_payments");
        await Expect(await grower.Client.PostAsync(Url("/payments/connect/onboarding"), null), HttpStatusCode.OK);
        await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), OrderBody(Id(listing), 2)), HttpStatusCode.Conflict, "grower_cannot_accept_payments");
        Assert.Equal(0m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task Webhook_PaymentSucceeded_MovesTheOrderOn_Once()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        var payload = StripeEvents.PaymentIntent("evt_paid_1", "payment_intent.succeeded", Id(order));

        var first = await Expect(await Webhook(payload), HttpStatusCode.OK);
        var replay = await Expect(await Webhook(payload), HttpStatusCode.OK);

        Assert.Equal("applied", first["outcome"]!.GetValue<string>());
        Assert.Equal("duplicate", replay["outcome"]!.GetValue<string>());
        var paid = await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        Assert.Equal("pending", paid["status"]!.GetValue<string>());
        Assert.Equal(2, paid["timeline"]!.AsArray().Count);
        Assert.Equal("ignored", (await Expect(await Webhook(StripeEvents.Unknown("evt_other")), HttpStatusCode.OK))["outcome"]!.GetValue<string>());
    }

    [SkippableTheory]
    [InlineData("tampered")]
    [InlineData("wrong secret")]
    [InlineData("ten minutes old")]
    [InlineData("no signature")]
    public async Task Webhook_WithABadSignature_Returns400AndChangesNothing(string kind)
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        var payload = StripeEvents.PaymentIntent("evt_bad_" + kind.Replace(' ', '_'), "payment_intent.succeeded", Id(order));

        var response = kind switch
        {
            "tampered" => await SendSigned(payload.Replace("24775", "1", StringComparison.Ordinal), LocalStripe.Sign(payload, Api.Clock.GetUtcNow())),
            "wrong secret" => await Webhook(payload, secret: "whsec_someone_else"),
            "ten minutes old" => await Webhook(payload, Api.Clock.GetUtcNow().AddMinutes(-10)),
            _ => await SendSigned(payload, null),
        };

        await ExpectProblem(response, HttpStatusCode.BadRequest, "invalid_signature");
        Assert.Equal("pending_payment", (await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK))["status"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> SendSigned(string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url("/webhooks/stripe")) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        return Anonymous().SendAsync(request);
    }

    [SkippableFact]
    public async Task Webhook_SuccessAfterExpiry_IsRefundedThroughTheRefundsApi()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        Api.Clock.Advance(TimeSpan.FromMinutes(31));
        await using (var scope = Api.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new Marketplace.Application.Orders.ExpireUnpaidOrdersCommand());

        await Expect(await Webhook(StripeEvents.PaymentIntent("evt_late", "payment_intent.succeeded", Id(order))), HttpStatusCode.OK);

        var after = await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        Assert.Equal("cancelled", after["status"]!.GetValue<string>());
        Assert.Equal("refunded", after["payment"]!["status"]!.GetValue<string>());
        var refund = Assert.Single(Stripe.Calls("/v1/refunds"));
        Assert.Equal(LocalStripe.PaymentIntentId, LocalStripe.Form(refund, "payment_intent"));
        Assert.Equal("24775", LocalStripe.Form(refund, "amount"));
        Assert.Equal("true", LocalStripe.Form(refund, "reverse_transfer"));
        Assert.Equal("true", LocalStripe.Form(refund, "refund_application_fee"));
        Assert.False(string.IsNullOrEmpty(LocalStripe.Header(refund, "Idempotency-Key")));
    }

    [SkippableFact]
    public async Task Webhook_RefundedAndDisputed_AreRecordedOnTheOrder()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        await Webhook(StripeEvents.PaymentIntent("evt_p", "payment_intent.succeeded", Id(order)));

        await Expect(await Webhook(StripeEvents.ChargeRefunded("evt_r", 5000)), HttpStatusCode.OK);
        var refunded = await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        Assert.Equal(5000, refunded["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>());

        await Expect(await Webhook(StripeEvents.DisputeCreated("evt_d")), HttpStatusCode.OK);
        var disputed = await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        Assert.Equal("disputed", disputed["payment"]!["status"]!.GetValue<string>());
        Assert.True(disputed["flaggedForReview"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task Webhook_PaymentFailed_LeavesTheOrderAwaitingPayment()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);

        await Expect(await Webhook(StripeEvents.PaymentIntent("evt_failed", "payment_intent.payment_failed", Id(order))), HttpStatusCode.OK);

        var failed = await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        Assert.Equal(("pending_payment", "failed"), (failed["status"]!.GetValue<string>(), failed["payment"]!["status"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task PlaceOrder_WhenStripeFailsTwiceThenAnswers_CreatesOneIntentWithOneKey()
    {
        var (_, buyer, listing) = await ReadyGrowerAsync();
        var path = "/v1/payment_intents";
        Stripe.Server.Given(Request.Create().WithPath(path).UsingPost()).InScenario("flaky").WillSetStateTo("failed once")
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("""{"error":{"type":"api_error","message":"boom"}}"""));
        Stripe.Server.Given(Request.Create().WithPath(path).UsingPost()).InScenario("flaky").WhenStateIs("failed once").WillSetStateTo("failed twice")
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("""{"error":{"type":"api_error","message":"boom"}}"""));
        Stripe.Server.Given(Request.Create().WithPath(path).UsingPost()).InScenario("flaky").WhenStateIs("failed twice")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"id":"pi_after_retries","object":"payment_intent","client_secret":"pi_after_retries_secret","status":"requires_payment_method","metadata":{} }"""));

        var placed = await Expect(await PostJson(buyer.Client, Url("/orders"), OrderBody(Id(listing), 2)), HttpStatusCode.Created);

        var calls = Stripe.Calls(path);
        Assert.Equal(3, calls.Count);
        Assert.Single(calls.Select(c => LocalStripe.Header(c, "Idempotency-Key")).Distinct());
        Assert.Equal("pi_after_retries_secret", placed["payment"]!["clientSecret"]!.GetValue<string>());
    }
}
