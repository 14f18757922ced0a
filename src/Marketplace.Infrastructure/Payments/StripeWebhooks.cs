using Marketplace.Application.Common.Ports;
using Marketplace.Application.Payments;
using Microsoft.Extensions.Options;
using Stripe;

namespace Marketplace.Infrastructure.Payments;

/// <summary>
/// Verifies <c>Stripe-Signature</c> (HMAC-SHA256 of "{t}.{payload}" with the platform or the Connect endpoint's
/// secret, 300 s tolerance) and reduces the event to what the marketplace acts on.
/// </summary>
internal sealed class StripeWebhooks(IOptions<PaymentsOptions> options, TimeProvider clock) : IPaymentWebhooks
{
    public const long ToleranceSeconds = 300;

    public PaymentEvent Verify(string payload, string? signatureHeader)
    {
        Event stripeEvent;
        try
        {
            EnsureSigned(payload, signatureHeader ?? "");
            stripeEvent = EventUtility.ParseEvent(payload, throwOnApiVersionMismatch: false);
        }
        catch (Exception e) when (e is StripeException or ArgumentException or Newtonsoft.Json.JsonException or FormatException)
        {
            throw new InvalidWebhookException("The Stripe-Signature header does not match this body, or is more than 5 minutes old.", e);
        }

        // A live event reaching a test deployment (or the reverse) is not ours to act on; Stripe only needs the 200.
        if (options.Value.Stripe.LiveMode is { } live && stripeEvent.Livemode != live)
            return new PaymentEvent(stripeEvent.Id, stripeEvent.Type, OtherMode: true);

        return stripeEvent.Data.Object switch
        {
            Stripe.PaymentIntent intent => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, OrderId(intent.Metadata), intent.Id,
                Note: intent.LastPaymentError?.Message, OrderGroupId: Id(intent.Metadata, "order_group_id"), ChargeReference: intent.LatestChargeId),
            Charge charge => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, OrderId(charge.Metadata), charge.PaymentIntentId,
                AmountRefunded: charge.AmountRefunded, OrderGroupId: Id(charge.Metadata, "order_group_id")),
            Dispute dispute => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, null, dispute.PaymentIntentId, Note: dispute.Reason),
            Account account => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, AccountId: account.Id,
                ChargesEnabled: account.ChargesEnabled, PayoutsEnabled: account.PayoutsEnabled, DetailsSubmitted: account.DetailsSubmitted),
            _ => new PaymentEvent(stripeEvent.Id, stripeEvent.Type),
        };
    }

    /// <summary>
    /// Stripe signs platform events and Connect events with the secrets of two different endpoints; both may be
    /// forwarded here, so a signature valid under either secret is accepted.
    /// </summary>
    private void EnsureSigned(string payload, string signatureHeader)
    {
        var stripe = options.Value.Stripe;
        var secrets = new[] { stripe.WebhookSecret, stripe.ConnectWebhookSecret }.Where(s => !string.IsNullOrEmpty(s)).ToList();
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        StripeException? last = null;
        foreach (var secret in secrets)
        {
            try
            {
                EventUtility.ValidateSignature(payload, signatureHeader, secret, ToleranceSeconds, now);
                return;
            }
            catch (StripeException e)
            {
                last = e;
            }
        }
        throw last ?? new StripeException("No webhook signing secret is configured.");
    }

    private static Guid? OrderId(Dictionary<string, string>? metadata) => Id(metadata, "order_id");

    private static Guid? Id(Dictionary<string, string>? metadata, string key) =>
        metadata is not null && metadata.TryGetValue(key, out var value) && Guid.TryParse(value, out var id) ? id : null;
}
