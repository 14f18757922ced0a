namespace Marketplace.Application.Common.Ports;

/// <summary>
/// The payment provider (Simulated by default, Stripe Connect in production). Orders are destination
/// charges: the buyer pays <see cref="PaymentRequest.Amount"/>, the platform keeps
/// <see cref="PaymentRequest.ApplicationFee"/>, the rest goes to the grower's connected account.
/// </summary>
public interface IPaymentGateway
{
    string Provider { get; }

    Task<PaymentIntent> CreatePaymentAsync(PaymentRequest request, CancellationToken cancellationToken);

    Task<RefundReceipt> RefundAsync(RefundRequest request, CancellationToken cancellationToken);
}

public sealed record PaymentRequest(
    Guid OrderId,
    long Amount,
    string Currency,
    long ApplicationFee,
    string? DestinationAccount,
    string IdempotencyKey,
    IReadOnlyDictionary<string, string> Metadata);

public enum PaymentIntentStatus { RequiresPayment, Succeeded }

public sealed record PaymentIntent(string Reference, PaymentIntentStatus Status, string? ClientSecret);

public sealed record RefundRequest(string PaymentReference, long Amount, string Currency, string IdempotencyKey, string Reason);

public sealed record RefundReceipt(string Reference);

/// <summary>The provider could not be reached or refused to answer; the request changed nothing (503).</summary>
public sealed class PaymentProviderUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
