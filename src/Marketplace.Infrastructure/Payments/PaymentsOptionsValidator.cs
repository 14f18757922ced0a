using Marketplace.Infrastructure.Settings;
using Microsoft.Extensions.Hosting;

namespace Marketplace.Infrastructure.Payments;

internal sealed class PaymentsOptionsValidator(IHostEnvironment environment) : OptionsValidator<PaymentsOptions>
{
    protected override IEnumerable<string> Failures(PaymentsOptions o)
    {
        if (o.Provider is null && !environment.IsDevelopment())
            yield return "Marketplace:Payments:Provider is not set; outside Development set it explicitly to 'Stripe' (or 'Simulated' for a test system).";
        if (o.Provider is { } provider && !IsDefined(provider))
            yield return "Marketplace:Payments:Provider must be 'Simulated' or 'Stripe'.";
        if (o.PlatformFeePercent is < 0 or > 50)
            yield return "Marketplace:Payments:PlatformFeePercent must be between 0 and 50.";
        if (o.IsStripe && string.IsNullOrWhiteSpace(o.Stripe.SecretKey))
            yield return "Marketplace:Payments:Provider is Stripe but Marketplace:Payments:Stripe:SecretKey is not set.";
        if (o.IsStripe && string.IsNullOrWhiteSpace(o.Stripe.WebhookSecret))
            yield return "Marketplace:Payments:Provider is Stripe but Marketplace:Payments:Stripe:WebhookSecret is not set.";
    }
}
