namespace Marketplace.Infrastructure.Payments;

public enum PaymentProvider { Simulated, Stripe }

/// <summary><c>Marketplace:Payments</c>.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Marketplace:Payments";

    /// <summary>
    /// <c>Simulated</c> or <c>Stripe</c>; null when not set, which only Development accepts (as <c>Simulated</c>):
    /// elsewhere the simulated provider would hand out orders for free, so it is never chosen by default.
    /// </summary>
    public PaymentProvider? Provider { get; set; }

    public decimal PlatformFeePercent { get; set; } = 5;

    public SimulatedOptions Simulated { get; set; } = new();
    public StripeOptions Stripe { get; set; } = new();
    public ConnectOptions Connect { get; set; } = new();

    public bool IsStripe => Provider == PaymentProvider.Stripe;

    public sealed class SimulatedOptions
    {
        /// <summary>Payments succeed as soon as the order is placed; when false, POST /payments/simulated/{orderId}/succeed|fail decides.</summary>
        public bool AutoConfirm { get; set; } = true;
    }

    public sealed class StripeOptions
    {
        public string? SecretKey { get; set; }

        /// <summary>Signing secret of the endpoint that receives the platform's own events.</summary>
        public string? WebhookSecret { get; set; }

        /// <summary>Signing secret of the endpoint that receives connected accounts' events (<c>account.updated</c>).</summary>
        public string? ConnectWebhookSecret { get; set; }

        /// <summary><c>true</c> for a live key, <c>false</c> for a test key, <c>null</c> when the key names neither.</summary>
        public bool? LiveMode => SecretKey switch
        {
            null => null,
            _ when SecretKey.StartsWith("sk_live_", StringComparison.Ordinal) || SecretKey.StartsWith("rk_live_", StringComparison.Ordinal) => true,
            _ when SecretKey.StartsWith("sk_test_", StringComparison.Ordinal) || SecretKey.StartsWith("rk_test_", StringComparison.Ordinal) => false,
            _ => null,
        };

        /// <summary>Another address for the Stripe API (tests, proxies); production leaves it unset.</summary>
        public string? ApiBase { get; set; }

        /// <summary>Per attempt; three attempts in all for network errors, 429 and 5xx, with one idempotency key.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    }

    /// <summary>Where Stripe sends a grower back from onboarding.</summary>
    public sealed class ConnectOptions
    {
        public string ReturnUrl { get; set; } = "https://app.vibelux.com/marketplace/payouts/done";
        public string RefreshUrl { get; set; } = "https://app.vibelux.com/marketplace/payouts/retry";
    }
}
