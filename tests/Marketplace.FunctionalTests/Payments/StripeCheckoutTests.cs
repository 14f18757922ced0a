using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace Marketplace.FunctionalTests.Payments;

/// <summary>A multi-grower checkout paid by Stripe's separate charges and transfers, against a server that checks Stripe's wire format.</summary>
public sealed class StripeCheckoutTests(SqliteStripeApiFactory api) : ApiTestBase(api), IClassFixture<SqliteStripeApiFactory>
{
    private const string GroupIntent = "pi_3Group";
    private const string GroupCharge = "ch_3Group";

    private LocalStripe Stripe { get; } = api.Stripe;

    [SkippableFact]
    public async Task Checkout_ThreeGrowers_OnePaymentIntentThenOneTransferPerOrderFromTheCharge()
    {
        var (buyer, growers, _) = await ThreeGrowerCartAsync();

        var placed = await Expect(await PostJson(buyer.Client, Url("/cart/checkout"), Pickup()), HttpStatusCode.Created);

        var group = placed["group"]!;
        var groupId = Id(group);
        var orders = group["orders"]!.AsArray().Select(o => o!).ToList();
        Assert.All(orders, o => Assert.Equal("pending_payment", o["status"]!.GetValue<string>()));
        Assert.Equal($"{GroupIntent}_secret_xyz", placed["payment"]!["clientSecret"]!.GetValue<string>());
        var intent = Assert.Single(Stripe.Calls("/v1/payment_intents"));
        Assert.Equal($"Bearer {LocalStripe.SecretKey}", LocalStripe.Header(intent, "Authorization"));
        Assert.Equal($"group-{groupId}", LocalStripe.Header(intent, "Idempotency-Key"));
        Assert.Equal(orders.Sum(o => o["total"]!["amount"]!.GetValue<long>()).ToString(System.Globalization.CultureInfo.InvariantCulture), LocalStripe.Form(intent, "amount"));
        Assert.Equal("30475", LocalStripe.Form(intent, "amount"));
        Assert.Equal("usd", LocalStripe.Form(intent, "currency"));
        Assert.Equal($"group-{groupId}", LocalStripe.Form(intent, "transfer_group"));
        Assert.Equal(groupId, LocalStripe.Form(intent, "metadata[order_group_id]"));
        Assert.DoesNotContain("transfer_data", intent.RequestMessage.Body!, StringComparison.Ordinal);
        Assert.DoesNotContain("application_fee_amount", intent.RequestMessage.Body!, StringComparison.Ordinal);

        var paid = GroupSucceeded("evt_group_paid", groupId);
        Assert.Equal("applied", (await Expect(await Webhook(paid), HttpStatusCode.OK))["outcome"]!.GetValue<string>());
        await DispatchOutboxAsync();

        var transfers = Stripe.Calls("/v1/transfers");
        Assert.Equal(3, transfers.Count);
        for (var i = 0; i < 3; i++)
        {
            var order = orders[i];
            var transfer = Assert.Single(transfers, t => LocalStripe.Header(t, "Idempotency-Key") == $"transfer-{Id(order)}");
            Assert.Equal(order["growerPayout"]!["amount"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture), LocalStripe.Form(transfer, "amount"));
            Assert.Equal("usd", LocalStripe.Form(transfer, "currency"));
            Assert.Equal(Account(growers[i].Id), LocalStripe.Form(transfer, "destination"));
            Assert.Equal($"group-{groupId}", LocalStripe.Form(transfer, "transfer_group"));
            Assert.Equal(GroupCharge, LocalStripe.Form(transfer, "source_transaction"));
            Assert.Equal(Id(order), LocalStripe.Form(transfer, "metadata[order_id]"));
        }
        var view = await Expect(await buyer.Client.GetAsync(Url($"/order-groups/{groupId}")), HttpStatusCode.OK);
        Assert.Equal("succeeded", view["paymentStatus"]!.GetValue<string>());
        Assert.All(view["orders"]!.AsArray(), o => Assert.Equal("pending", o!["status"]!.GetValue<string>()));

        // The same event again, and another event for the same payment: no order moves twice, no second transfer.
        Assert.Equal("duplicate", (await Expect(await Webhook(paid), HttpStatusCode.OK))["outcome"]!.GetValue<string>());
        await Expect(await Webhook(GroupSucceeded("evt_group_paid_again", groupId)), HttpStatusCode.OK);
        await DispatchOutboxAsync();
        Assert.Equal(3, Stripe.Calls("/v1/transfers").Count);
        var again = await Expect(await buyer.Client.GetAsync(Url($"/order-groups/{groupId}")), HttpStatusCode.OK);
        Assert.All(again["orders"]!.AsArray(), o => Assert.Equal(2, o!["timeline"]!.AsArray().Count));
    }

    [SkippableFact]
    public async Task RefundOneOrderOfAGroup_RefundsThatAmountAndReversesOnlyItsGrowersShare()
    {
        var (buyer, growers, _) = await ThreeGrowerCartAsync();
        var group = (await Expect(await PostJson(buyer.Client, Url("/cart/checkout"), Pickup()), HttpStatusCode.Created))["group"]!;
        await Expect(await Webhook(GroupSucceeded("evt_paid_for_refund", Id(group))), HttpStatusCode.OK);
        await DispatchOutboxAsync();
        var first = group["orders"]![0]!;
        await Act(growers[0].Client, first, "confirm");
        await Act(growers[0].Client, first, "ship");
        await Act(buyer.Client, first, "deliver");

        var refunded = await Act(growers[0].Client, first, "refunds", body: new { amount = new { amount = 1000, currency = "USD" }, reason = "Two cases wilted" });

        Assert.Equal(1000, refunded["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>());
        var refund = Assert.Single(Stripe.Calls("/v1/refunds"));
        Assert.Equal(GroupIntent, LocalStripe.Form(refund, "payment_intent"));
        Assert.Equal("1000", LocalStripe.Form(refund, "amount"));
        Assert.DoesNotContain("reverse_transfer", refund.RequestMessage.Body!, StringComparison.Ordinal);
        Assert.DoesNotContain("refund_application_fee", refund.RequestMessage.Body!, StringComparison.Ordinal);
        // Fee 1164 on 23275 paid: the fee's part of 1000 is 50.01 → 50, so the grower gives back 950.
        var reversals = Stripe.Server.LogEntries.Where(e => e.RequestMessage.Path.EndsWith("/reversals", StringComparison.Ordinal)).ToList();
        var reversal = Assert.Single(reversals);
        Assert.Equal($"/v1/transfers/{Transfer(Id(first))}/reversals", reversal.RequestMessage.Path);
        Assert.Equal("950", LocalStripe.Form(reversal, "amount"));
        Assert.Equal($"reversal-{LocalStripe.Header(refund, "Idempotency-Key")}", LocalStripe.Header(reversal, "Idempotency-Key"));
        var others = await Expect(await buyer.Client.GetAsync(Url($"/order-groups/{Id(group)}")), HttpStatusCode.OK);
        Assert.All(new[] { 1, 2 }, i => Assert.Equal(0, others["orders"]![i]!["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>()));
    }

    [SkippableFact]
    public async Task TransferRefusedByStripe_IsRetriedThroughTheOutbox_AndThePaymentStands()
    {
        var (buyer, _, _) = await ThreeGrowerCartAsync();
        var group = (await Expect(await PostJson(buyer.Client, Url("/cart/checkout"), Pickup()), HttpStatusCode.Created))["group"]!;
        _refuseTransfers = true;

        await Expect(await Webhook(GroupSucceeded("evt_paid_restricted", Id(group))), HttpStatusCode.OK);
        await DispatchOutboxAsync();

        var view = await Expect(await buyer.Client.GetAsync(Url($"/order-groups/{Id(group)}")), HttpStatusCode.OK);
        Assert.All(view["orders"]!.AsArray(), o => Assert.Equal("pending", o!["status"]!.GetValue<string>()));
        Assert.Empty(Stripe.Calls("/v1/refunds"));
        var outbox = await Expect(await As("admin-1", "admin").GetAsync(Url("/admin/outbox?limit=100")), HttpStatusCode.OK);
        var failing = outbox["items"]!.AsArray().Where(m => m!["type"]!.GetValue<string>() == "order.paid").ToList();
        Assert.Equal(3, failing.Count);
        Assert.All(failing, m => Assert.Contains("restricted", m!.ToJsonString(), StringComparison.Ordinal));
    }

    private async Task<(Buyer Buyer, List<Grower> Growers, List<JsonNode> Listings)> ThreeGrowerCartAsync()
    {
        StubStripe();
        var growers = new List<Grower>();
        var listings = new List<JsonNode>();
        var prices = new[] { 2450L, 800L, 1200L };
        for (var i = 0; i < 3; i++)
        {
            var grower = await NewGrowerAsync($"grower-{i + 1}", $"Farm {i + 1}");
            await Expect(await grower.Client.PostAsync(Url("/payments/connect/onboarding"), null), HttpStatusCode.OK);
            await Expect(await Webhook(AccountReady($"evt_acct_{i}", Account(grower.Id))), HttpStatusCode.OK);
            growers.Add(grower);
            listings.Add(await CreateListingAsync(grower.Client, b => b["unitPrice"] = new JsonObject { ["amount"] = prices[i], ["currency"] = "USD" }));
        }
        var buyer = await NewBuyerAsync();
        foreach (var (listing, quantity) in listings.Zip(new[] { 10m, 3m, 4m }))
            await Expect(await PutJson(buyer.Client, Url($"/cart/lines/{Id(listing)}"), new JsonObject { ["quantity"] = quantity }), HttpStatusCode.OK);
        return (buyer, growers, listings);
    }

    private void StubStripe()
    {
        Stripe.Server.Reset();
        // Each grower gets an account of its own, named after the grower id Stripe is sent as metadata.
        Stripe.Server.Given(Request.Create().WithPath("/v1/accounts").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            var growerId = Uri.UnescapeDataString(request.Body!.Split('&').Select(p => p.Split('=', 2))
                .Single(p => Uri.UnescapeDataString(p[0]) == "metadata[grower_id]")[1]);
            return Json($$"""{"id":"{{Account(Guid.Parse(growerId))}}","object":"account","type":"express","charges_enabled":false}""");
        }));
        Stripe.Stub("/v1/account_links", "POST", """{"object":"account_link","url":"https://connect.stripe.com/setup/e/acct/abc","created":1764000000,"expires_at":1764000300}""");
        Stripe.Stub("/v1/payment_intents", "POST",
            $$"""{"id":"{{GroupIntent}}","object":"payment_intent","amount":30475,"currency":"usd","client_secret":"{{GroupIntent}}_secret_xyz","status":"requires_payment_method","metadata":{} }""");
        Stripe.Server.Given(Request.Create().WithPath("/v1/transfers").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            if (_refuseTransfers)
                return Json("""{"error":{"type":"invalid_request_error","message":"The destination account is restricted."}}""", 400);
            var orderId = request.Headers!["Idempotency-Key"].Single()["transfer-".Length..];
            return Json($$"""{"id":"{{Transfer(orderId)}}","object":"transfer","amount":1,"currency":"usd"}""");
        }));
        Stripe.Stub("/v1/refunds", "POST", """{"id":"re_1Group","object":"refund","amount":1000,"currency":"usd","status":"succeeded"}""");
        Stripe.Server.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/v1/transfers/*/reversals")).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":"trr_1","object":"transfer_reversal","amount":950,"currency":"usd"}"""));
    }

    private bool _refuseTransfers;

    private static ResponseMessage Json(string body, int status = 200)
    {
        var answer = new ResponseMessage { StatusCode = status, BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String } };
        answer.AddHeader("Content-Type", "application/json");
        return answer;
    }

    private static string Account(Guid growerId) => $"acct_{growerId:N}"[..21];

    private static string Transfer(string orderId) => $"tr_{Guid.Parse(orderId):N}";

    private static JsonObject Pickup() => new() { ["deliveryMethod"] = "pickup" };

    private static string GroupSucceeded(string eventId, string groupId) =>
        $$"""{"id":"{{eventId}}","object":"event","api_version":"2025-01-27.acacia","created":1764000000,"livemode":false,"pending_webhooks":1,"type":"payment_intent.succeeded","data":{"object":{"id":"{{GroupIntent}}","object":"payment_intent","amount":30475,"currency":"usd","status":"succeeded","latest_charge":"{{GroupCharge}}","transfer_group":"group-{{groupId}}","metadata":{"order_group_id":"{{groupId}}"} } } }""";

    private static string AccountReady(string eventId, string accountId) =>
        $$"""{"id":"{{eventId}}","object":"event","api_version":"2025-01-27.acacia","created":1764000000,"livemode":false,"pending_webhooks":1,"type":"account.updated","data":{"object":{"id":"{{accountId}}","object":"account","charges_enabled":true,"payouts_enabled":true,"details_submitted":true} } }""";

    private Task<HttpResponseMessage> Webhook(string payload)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url("/webhooks/stripe")) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", LocalStripe.Sign(payload, Api.Clock.GetUtcNow()));
        return Anonymous().SendAsync(request);
    }

    private async Task DispatchOutboxAsync()
    {
        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }
    }
}
