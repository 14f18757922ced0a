using Marketplace.Application.Common.Ports;
using Microsoft.Extensions.Options;
using Stripe;
using PaymentIntent = Marketplace.Application.Common.Ports.PaymentIntent;

namespace Marketplace.Infrastructure.Payments;

/// <summary>
/// Stripe Connect: destination charges for one-grower orders, separate charges and transfers for a checkout of
/// several growers (ADR 48). Every write carries an idempotency key, so the HTTP client's
/// retries (network errors, 429, 5xx) can never charge, refund or open an account twice.
/// </summary>
internal sealed class StripePaymentGateway(IStripeClient stripe, IOptions<PaymentsOptions> options) : IPaymentGateway
{
    public string Provider => "stripe";

    public bool UsesConnectedAccounts => true;

    public async Task<PaymentIntent> CreatePaymentAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        var intent = await Call(() => new PaymentIntentService(stripe).CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = request.Amount,
            Currency = request.Currency.ToLowerInvariant(),
            ApplicationFeeAmount = request.ApplicationFee,
            TransferData = new PaymentIntentTransferDataOptions { Destination = request.DestinationAccount },
            Metadata = request.Metadata.ToDictionary(),
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
        }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken));
        var status = intent.Status == "succeeded" ? PaymentIntentStatus.Succeeded : PaymentIntentStatus.RequiresPayment;
        return new PaymentIntent(intent.Id, status, intent.ClientSecret);
    }

    public async Task<RefundReceipt> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        var refund = await Call(() => new RefundService(stripe).CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = request.PaymentReference,
            Amount = request.Amount,
            // Only a destination charge has a transfer and a fee attached; a group's transfers are reversed one by one.
            ReverseTransfer = request.DestinationCharge ? true : null,
            RefundApplicationFee = request.DestinationCharge ? true : null,
            Metadata = new Dictionary<string, string> { ["reason"] = request.Reason },
        }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken));
        return new RefundReceipt(refund.Id);
    }

    public async Task<PaymentIntent> CreateGroupPaymentAsync(GroupPaymentRequest request, CancellationToken cancellationToken)
    {
        var intent = await Call(() => new PaymentIntentService(stripe).CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = request.Amount,
            Currency = request.Currency.ToLowerInvariant(),
            TransferGroup = request.TransferGroup,
            Metadata = request.Metadata.ToDictionary(),
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
        }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken));
        var status = intent.Status == "succeeded" ? PaymentIntentStatus.Succeeded : PaymentIntentStatus.RequiresPayment;
        return new PaymentIntent(intent.Id, status, intent.ClientSecret, intent.LatestChargeId);
    }

    public async Task<string> CreateTransferAsync(TransferRequest request, CancellationToken cancellationToken)
    {
        var transfer = await Call(() => new TransferService(stripe).CreateAsync(new TransferCreateOptions
        {
            Amount = request.Amount,
            Currency = request.Currency.ToLowerInvariant(),
            Destination = request.Destination,
            TransferGroup = request.TransferGroup,
            SourceTransaction = request.SourceTransaction,
            Metadata = request.Metadata.ToDictionary(),
        }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken));
        return transfer.Id;
    }

    public async Task<string> ReverseTransferAsync(string transferReference, long amount, string idempotencyKey, CancellationToken cancellationToken)
    {
        var reversal = await Call(() => new TransferReversalService(stripe).CreateAsync(transferReference, new TransferReversalCreateOptions
        {
            Amount = amount,
        }, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken));
        return reversal.Id;
    }

    public async Task CancelPaymentAsync(string paymentReference, string idempotencyKey, CancellationToken cancellationToken) =>
        await Call(() => new PaymentIntentService(stripe).CancelAsync(paymentReference, new PaymentIntentCancelOptions(),
            new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken));

    public async Task<string> CreateConnectedAccountAsync(ConnectedAccountRequest request, CancellationToken cancellationToken)
    {
        var account = await Call(() => new AccountService(stripe).CreateAsync(new AccountCreateOptions
        {
            Type = "express",
            Email = request.Email,
            Metadata = new Dictionary<string, string> { ["grower_id"] = request.GrowerId.ToString() },
            Capabilities = new AccountCapabilitiesOptions
            {
                CardPayments = new AccountCapabilitiesCardPaymentsOptions { Requested = true },
                Transfers = new AccountCapabilitiesTransfersOptions { Requested = true },
            },
        }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken));
        return account.Id;
    }

    public async Task<string> CreateOnboardingLinkAsync(string accountId, CancellationToken cancellationToken)
    {
        var connect = options.Value.Connect;
        var link = await Call(() => new AccountLinkService(stripe).CreateAsync(new AccountLinkCreateOptions
        {
            Account = accountId,
            RefreshUrl = connect.RefreshUrl,
            ReturnUrl = connect.ReturnUrl,
            Type = "account_onboarding",
        }, cancellationToken: cancellationToken));
        return link.Url;
    }

    public async Task<ConnectedAccountStatus> GetConnectedAccountAsync(string accountId, CancellationToken cancellationToken)
    {
        var account = await Call(() => new AccountService(stripe).GetAsync(accountId, cancellationToken: cancellationToken));
        return new ConnectedAccountStatus(account.Id, account.ChargesEnabled, account.PayoutsEnabled, account.DetailsSubmitted);
    }

    /// <summary>Outages (after the retries) are 503s that change nothing; Stripe refusing the request is a 409.</summary>
    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException e) when (e.HttpStatusCode == 0 || (int)e.HttpStatusCode >= 500 || (int)e.HttpStatusCode == 429)
        {
            throw new PaymentProviderUnavailableException("Stripe could not be reached; nothing was charged. Try again shortly.", e);
        }
        catch (StripeException e)
        {
            throw new PaymentRejectedException(e.StripeError?.Message ?? e.Message);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException
            or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new PaymentProviderUnavailableException("Stripe could not be reached; nothing was charged. Try again shortly.", e);
        }
    }
}
