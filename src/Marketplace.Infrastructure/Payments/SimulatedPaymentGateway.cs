using Marketplace.Application.Common.Ports;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Payments;

/// <summary><c>Marketplace:Payments</c>.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Marketplace:Payments";

    public string Provider { get; set; } = "Simulated";

    [System.ComponentModel.DataAnnotations.Range(0, 50)]
    public decimal PlatformFeePercent { get; set; } = 5;

    public SimulatedOptions Simulated { get; set; } = new();

    public sealed class SimulatedOptions
    {
        /// <summary>Payments succeed as soon as the order is placed; when false, POST /payments/simulated/{orderId}/succeed|fail decides.</summary>
        public bool AutoConfirm { get; set; } = true;
    }
}

/// <summary>
/// The local payment provider used by `dotnet run` and the tests: no money moves, but every order goes
/// through the same states, references and refund bookkeeping as with a real provider.
/// </summary>
internal sealed class SimulatedPaymentGateway(IOptions<PaymentsOptions> options) : IPaymentGateway
{
    public string Provider => "simulated";

    public Task<PaymentIntent> CreatePaymentAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        var reference = $"sim_pi_{request.OrderId:N}";
        var status = options.Value.Simulated.AutoConfirm ? PaymentIntentStatus.Succeeded : PaymentIntentStatus.RequiresPayment;
        return Task.FromResult(new PaymentIntent(reference, status, $"{reference}_secret"));
    }

    public Task<RefundReceipt> RefundAsync(RefundRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new RefundReceipt($"sim_re_{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(request.IdempotencyKey)))[..24].ToLowerInvariant()}"));
}
