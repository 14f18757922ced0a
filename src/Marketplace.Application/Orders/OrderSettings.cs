namespace Marketplace.Application.Orders;

/// <summary>Order rules that come from configuration (<c>Marketplace:Payments:PlatformFeePercent</c>, <c>Marketplace:Orders:PaymentTimeout</c>,
/// <c>Marketplace:Orders:ConfirmTimeout</c>).</summary>
public sealed record OrderSettings(decimal PlatformFeePercent, TimeSpan PaymentTimeout, TimeSpan ConfirmTimeout)
{
    public const int MaxLines = 50;
}
