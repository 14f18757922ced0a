using Marketplace.Domain.Common;

namespace Marketplace.Application.Common.Ports;

/// <summary>
/// The payment provider (Simulated by default, Stripe Connect in production). Orders are destination
/// charges: the buyer pays <see cref="PaymentRequest.Amount"/>, the platform keeps
/// <see cref="PaymentRequest.ApplicationFee"/>, the rest goes to the grower's connected account.
/// </summary>
public interface IPaymentGateway
{
    string Provider { get; }

    /// <summary>Whether charges go to the grower's connected account, which must be able to take them.</summary>
    bool UsesConnectedAccounts { get; }

    Task<string> CreateConnectedAccountAsync(ConnectedAccountRequest request, CancellationToken cancellationToken);

    Task<string> CreateOnboardingLinkAsync(string accountId, CancellationToken cancellationToken);

    Task<ConnectedAccountStatus> GetConnectedAccountAsync(string accountId, CancellationToken cancellationToken);

    Task<PaymentIntent> CreatePaymentAsync(PaymentRequest request, CancellationToken cancellationToken);

    Task<RefundReceipt> RefundAsync(RefundRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels a payment that was never made (Stripe: <c>POST /v1/payment_intents/{id}/cancel</c>).</summary>
    Task CancelPaymentAsync(string paymentReference, string idempotencyKey, CancellationToken cancellationToken);
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

public sealed record ConnectedAccountRequest(Guid GrowerId, string? Email, string IdempotencyKey);

public sealed record ConnectedAccountStatus(string AccountId, bool ChargesEnabled, bool PayoutsEnabled, bool DetailsSubmitted);

/// <summary>The provider answered that it will not do this (e.g. invalid parameters); nothing happened.</summary>
public sealed class PaymentRejectedException(string message) : MarketplaceException("payment_rejected", ErrorKind.Conflict, message);

/// <summary>The provider could not be reached or refused to answer; the request changed nothing.</summary>
public sealed class PaymentProviderUnavailableException(string message, Exception? inner = null)
    : MarketplaceException("payment_unavailable", ErrorKind.Unavailable, message, innerException: inner);
