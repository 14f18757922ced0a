using System.Net;
using System.Text;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Payments;

/// <summary>Stripe's two webhook endpoints (platform and Connect), each with its own secret, and its two modes (live and test).</summary>
public sealed class StripeWebhookSourcesTests(SqliteStripeApiFactory api) : ApiTestBase(api), IClassFixture<SqliteStripeApiFactory>
{
    private LocalStripe Stripe { get; } = api.Stripe;

    private Task<HttpResponseMessage> Webhook(string payload, string secret = LocalStripe.WebhookSecret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url("/webhooks/stripe"))
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", LocalStripe.Sign(payload, Api.Clock.GetUtcNow(), secret));
        return Anonymous().SendAsync(request);
    }

    [SkippableFact]
    public async Task Webhook_ConnectEventSignedWithTheConnectSecret_IsApplied()
    {
        Stripe.StubHappyPaths();
        var grower = await NewGrowerAsync();
        await Expect(await grower.Client.PostAsync(Url("/payments/connect/onboarding"), null), HttpStatusCode.OK);
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), OrderBody(Id(listing), 10)), HttpStatusCode.Conflict, "grower_cannot_accept_payments");

        var receipt = await Expect(await Webhook(StripeEvents.ConnectAccountUpdated("evt_connect_ready", chargesEnabled: true),
            LocalStripe.ConnectWebhookSecret), HttpStatusCode.OK);

        Assert.Equal("applied", receipt["outcome"]!.GetValue<string>());
        await PlaceOrderAsync(buyer.Client, Id(listing), 10);
    }

    [SkippableFact]
    public async Task Webhook_LiveModeEventWhileTheSecretKeyIsATestKey_IsAcknowledgedAndIgnored()
    {
        Stripe.StubHappyPaths();
        var grower = await NewGrowerAsync();
        await Expect(await grower.Client.PostAsync(Url("/payments/connect/onboarding"), null), HttpStatusCode.OK);
        await Expect(await Webhook(StripeEvents.AccountUpdated("evt_acct_ready", chargesEnabled: true)), HttpStatusCode.OK);
        var buyer = await NewBuyerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 10);

        var receipt = await Expect(await Webhook(StripeEvents.PaymentIntent("evt_live_paid", "payment_intent.succeeded", Id(order), liveMode: true)),
            HttpStatusCode.OK);

        Assert.Equal("ignored", receipt["outcome"]!.GetValue<string>());
        var unchanged = await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        Assert.Equal(("pending_payment", "requires_payment"), (unchanged["status"]!.GetValue<string>(), unchanged["payment"]!["status"]!.GetValue<string>()));
    }
}
