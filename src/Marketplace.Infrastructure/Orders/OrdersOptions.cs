using Marketplace.Infrastructure.Settings;

namespace Marketplace.Infrastructure.Orders;

/// <summary><c>Marketplace:Orders</c>: how long an order may wait for its payment and for its grower.</summary>
public sealed class OrdersOptions
{
    public const string Section = "Marketplace:Orders";

    public TimeSpan PaymentTimeout { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan ConfirmTimeout { get; set; } = Domain.Orders.Order.ConfirmationWindow;
    public TimeSpan ExpirySweepInterval { get; set; } = TimeSpan.FromSeconds(30);
}

internal sealed class OrdersOptionsValidator : OptionsValidator<OrdersOptions>
{
    protected override IEnumerable<string> Failures(OrdersOptions o)
    {
        if (o.PaymentTimeout <= TimeSpan.Zero) yield return "Marketplace:Orders:PaymentTimeout must be positive.";
        if (o.ConfirmTimeout <= TimeSpan.Zero) yield return "Marketplace:Orders:ConfirmTimeout must be positive.";
        if (o.ExpirySweepInterval <= TimeSpan.Zero) yield return "Marketplace:Orders:ExpirySweepInterval must be positive.";
    }
}
