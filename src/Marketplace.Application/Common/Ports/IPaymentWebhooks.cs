using Marketplace.Application.Payments;

namespace Marketplace.Application.Common.Ports;

/// <summary>Checks a provider webhook's signature and freshness, and reads the event it carries.</summary>
public interface IPaymentWebhooks
{
    /// <exception cref="InvalidWebhookException">The signature is missing, wrong or too old, or the body is not an event.</exception>
    PaymentEvent Verify(string payload, string? signatureHeader);
}

public sealed class InvalidWebhookException(string message, Exception? inner = null) : Exception(message, inner);
