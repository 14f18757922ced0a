namespace Marketplace.FunctionalTests.Payments;

/// <summary>Event bodies shaped as Stripe sends them.</summary>
internal static class StripeEvents
{
    public static string PaymentIntent(string eventId, string type, string orderId, string intentId = Support.LocalStripe.PaymentIntentId,
        bool liveMode = false) =>
        Envelope(eventId, type, liveMode, $$"""{"id":"{{intentId}}","object":"payment_intent","amount":24775,"currency":"usd","status":"succeeded","metadata":{"order_id":"{{orderId}}"} }""");

    public static string AccountUpdated(string eventId, bool chargesEnabled) =>
        Envelope(eventId, "account.updated", liveMode: false,
            $$"""{"id":"{{Support.LocalStripe.AccountId}}","object":"account","charges_enabled":{{Bool(chargesEnabled)}},"payouts_enabled":{{Bool(chargesEnabled)}},"details_submitted":true}""");

    public static string ChargeRefunded(string eventId, long amountRefunded) =>
        Envelope(eventId, "charge.refunded", liveMode: false,
            $$"""{"id":"ch_1","object":"charge","amount":24775,"amount_refunded":{{amountRefunded}},"currency":"usd","payment_intent":"{{Support.LocalStripe.PaymentIntentId}}","metadata":{} }""");

    public static string ChargeRefunded(string eventId, long amountRefunded, string orderId) =>
        Envelope(eventId, "charge.refunded", liveMode: false,
            $$"""{"id":"ch_1","object":"charge","amount":{{amountRefunded}},"amount_refunded":{{amountRefunded}},"currency":"usd","payment_intent":"{{Support.LocalStripe.PaymentIntentId}}","metadata":{"order_id":"{{orderId}}"} }""");

    public static string DisputeCreated(string eventId) =>
        Envelope(eventId, "charge.dispute.created", liveMode: false,
            $$"""{"id":"dp_1","object":"dispute","amount":24775,"currency":"usd","reason":"fraudulent","status":"needs_response","payment_intent":"{{Support.LocalStripe.PaymentIntentId}}"}""");

    public static string Unknown(string eventId) =>
        Envelope(eventId, "customer.created", liveMode: false, """{"id":"cus_1","object":"customer"}""");

    /// <summary>A Connect event (sent to the Connect endpoint) names the connected account it happened on.</summary>
    public static string ConnectAccountUpdated(string eventId, bool chargesEnabled) =>
        $$"""{"id":"{{eventId}}","object":"event","account":"{{Support.LocalStripe.AccountId}}","api_version":"2025-01-27.acacia","created":1764000000,"livemode":false,"pending_webhooks":1,"type":"account.updated","data":{"object":{"id":"{{Support.LocalStripe.AccountId}}","object":"account","charges_enabled":{{Bool(chargesEnabled)}},"payouts_enabled":{{Bool(chargesEnabled)}},"details_submitted":true} } }""";

    private static string Envelope(string id, string type, bool liveMode, string data) =>
        $$"""{"id":"{{id}}","object":"event","api_version":"2025-01-27.acacia","created":1764000000,"livemode":{{Bool(liveMode)}},"pending_webhooks":1,"type":"{{type}}","data":{"object":{{data}} } }""";

    private static string Bool(bool value) => value ? "true" : "false";
}
