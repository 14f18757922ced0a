using Marketplace.Application.Common.Ports;
using Marketplace.Application.Payments;
using Microsoft.Extensions.Options;
using Stripe;

namespace Marketplace.Infrastructure.Payments;

/// <summary>
/// Verifies <c>Stripe-Signature</c> (HMAC-SHA256 of "{t}.{payload}" with the endpoint secret, 300 s tolerance)
/// and reduces the event to what the marketplace acts on.
/// </summary>
internal sealed class StripeWebhooks(IOptions<PaymentsOptions> options, TimeProvider clock) : IPaymentWebhooks
{
    public const long ToleranceSeconds = 300;

    public PaymentEvent Verify(string payload, string? signatureHeader)
    {
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(payload, signatureHeader ?? "", options.Value.Stripe.WebhookSecret ?? "",
                ToleranceSeconds, clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (Exception e) when (e is StripeException or ArgumentException or Newtonsoft.Json.JsonException or FormatException)
        {
            throw new InvalidWebhookException("The Stripe-Signature header does not match this body, or is more than 5 minutes old.", e);
        }

        return stripeEvent.Data.Object switch
        {
            Stripe.PaymentIntent intent => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, OrderId(intent.Metadata), intent.Id,
                Note: intent.LastPaymentError?.Message),
            Charge charge => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, OrderId(charge.Metadata), charge.PaymentIntentId,
                AmountRefunded: charge.AmountRefunded),
            Dispute dispute => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, null, dispute.PaymentIntentId, Note: dispute.Reason),
            Account account => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, AccountId: account.Id,
                ChargesEnabled: account.ChargesEnabled, PayoutsEnabled: account.PayoutsEnabled, DetailsSubmitted: account.DetailsSubmitted),
            _ => new PaymentEvent(stripeEvent.Id, stripeEvent.Type),
        };
    }

    private static Guid? OrderId(Dictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue("order_id", out var value) && Guid.TryParse(value, out var id) ? id : null;
}
