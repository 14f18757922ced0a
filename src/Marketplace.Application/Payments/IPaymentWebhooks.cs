
namespace Marketplace.Application.Payments;

/// <summary>Checks a provider webhook's signature and freshness, and reads the event it carries.</summary>
public interface IPaymentWebhooks
{
    /// <exception cref="InvalidWebhookException">The signature is missing, wrong or too old, or the body is not an event.</exception>
    PaymentEvent Verify(string payload, string? signatureHeader);
}

/// <summary>A provider webhook whose signature or body does not verify: bad input to the webhook route.</summary>
public sealed class InvalidWebhookException(string message, Exception? inner = null)
    : MarketplaceException("invalid_signature", ErrorKind.Validation, message, innerException: inner);
