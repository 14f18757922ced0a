using System.Security.Cryptography;
using System.Text;
using Marketplace.Application.Common.Ports;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Payments;

/// <summary>
/// The local payment provider used by `dotnet run` and the tests: no money moves, but every order goes
/// through the same states, references and refund bookkeeping as with a real provider. Growers need no
/// connected account; onboarding answers with a simulated account that can take charges at once.
/// </summary>
internal sealed class SimulatedPaymentGateway(IOptions<PaymentsOptions> options) : IPaymentGateway
{
    public string Provider => "simulated";

    public bool UsesConnectedAccounts => false;

    public Task<PaymentIntent> CreatePaymentAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        var reference = $"sim_pi_{request.OrderId:N}";
        var status = options.Value.Simulated.AutoConfirm ? PaymentIntentStatus.Succeeded : PaymentIntentStatus.RequiresPayment;
        return Task.FromResult(new PaymentIntent(reference, status, $"{reference}_secret"));
    }

    public Task<RefundReceipt> RefundAsync(RefundRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new RefundReceipt($"sim_re_{Digest(request.IdempotencyKey)}"));

    public Task<PaymentIntent> CreateGroupPaymentAsync(GroupPaymentRequest request, CancellationToken cancellationToken)
    {
        var reference = $"sim_pi_{request.GroupId:N}";
        var paid = options.Value.Simulated.AutoConfirm;
        return Task.FromResult(new PaymentIntent(reference, paid ? PaymentIntentStatus.Succeeded : PaymentIntentStatus.RequiresPayment,
            $"{reference}_secret", paid ? Application.Payments.SimulatePaymentHandler.SimulatedCharge(request.GroupId) : null));
    }

    public Task<string> CreateTransferAsync(TransferRequest request, CancellationToken cancellationToken) =>
        Task.FromResult($"sim_tr_{Digest(request.IdempotencyKey)}");

    public Task<string> ReverseTransferAsync(string transferReference, long amount, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult($"sim_trr_{Digest(idempotencyKey)}");

    /// <summary>Nothing is held for a simulated payment; a late success is refunded like any other.</summary>
    public Task CancelPaymentAsync(string paymentReference, string idempotencyKey, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string> CreateConnectedAccountAsync(ConnectedAccountRequest request, CancellationToken cancellationToken) =>
        Task.FromResult($"sim_acct_{request.GrowerId:N}");

    public Task<string> CreateOnboardingLinkAsync(string accountId, CancellationToken cancellationToken) =>
        Task.FromResult($"{options.Value.Connect.ReturnUrl}?account={accountId}&simulated=true");

    public Task<ConnectedAccountStatus> GetConnectedAccountAsync(string accountId, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectedAccountStatus(accountId, ChargesEnabled: true, PayoutsEnabled: true, DetailsSubmitted: true));

    private static string Digest(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..24].ToLowerInvariant();
}
