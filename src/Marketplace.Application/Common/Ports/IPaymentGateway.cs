
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

    /// <summary>
    /// One payment for a group of orders from several growers (Stripe: separate charges and transfers, a PaymentIntent
    /// with <c>transfer_group</c> and no destination); each grower is paid later by <see cref="CreateTransferAsync"/>.
    /// </summary>
    Task<PaymentIntent> CreateGroupPaymentAsync(GroupPaymentRequest request, CancellationToken cancellationToken);

    /// <summary>Pays a grower its share of a group's charge; returns the transfer's reference.</summary>
    Task<string> CreateTransferAsync(TransferRequest request, CancellationToken cancellationToken);

    /// <summary>Takes part of a transfer back (Stripe: <c>POST /v1/transfers/{id}/reversals</c>); returns the reversal's reference.</summary>
    Task<string> ReverseTransferAsync(string transferReference, long amount, string idempotencyKey, CancellationToken cancellationToken);

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

/// <param name="ChargeReference">The charge the payment made, once it succeeded (Stripe's <c>latest_charge</c>).</param>
public sealed record PaymentIntent(string Reference, PaymentIntentStatus Status, string? ClientSecret, string? ChargeReference = null);

/// <param name="DestinationCharge">
/// The payment is a destination charge (a one-grower order): the refund also reverses the grower's transfer and the
/// fee. A group's charge is refunded alone; the order's transfer is reversed by <see cref="IPaymentGateway.ReverseTransferAsync"/>.
/// </param>
public sealed record RefundRequest(string PaymentReference, long Amount, string Currency, string IdempotencyKey, string Reason,
    bool DestinationCharge = true);

public sealed record GroupPaymentRequest(
    Guid GroupId,
    long Amount,
    string Currency,
    string TransferGroup,
    string IdempotencyKey,
    IReadOnlyDictionary<string, string> Metadata);

/// <param name="Destination">The grower's connected account; null with a provider that uses none.</param>
/// <param name="SourceTransaction">The group's charge the money comes from, so the transfer waits for its funds.</param>
public sealed record TransferRequest(
    Guid OrderId,
    long Amount,
    string Currency,
    string? Destination,
    string TransferGroup,
    string SourceTransaction,
    string IdempotencyKey,
    IReadOnlyDictionary<string, string> Metadata);

public sealed record RefundReceipt(string Reference);

public sealed record ConnectedAccountRequest(Guid GrowerId, string? Email, string IdempotencyKey);

public sealed record ConnectedAccountStatus(string AccountId, bool ChargesEnabled, bool PayoutsEnabled, bool DetailsSubmitted);

/// <summary>The provider answered that it will not do this (e.g. invalid parameters); nothing happened.</summary>
public sealed class PaymentRejectedException(string message) : MarketplaceException("payment_rejected", ErrorKind.Conflict, message);

/// <summary>The provider could not be reached or refused to answer; the request changed nothing.</summary>
public sealed class PaymentProviderUnavailableException(string message, Exception? inner = null)
    : MarketplaceException("payment_unavailable", ErrorKind.Unavailable, message, innerException: inner);
