using Marketplace.Application.Common.Ports;
using Marketplace.Application.Payments;
using Marketplace.Infrastructure.Settings;
using Marketplace.Infrastructure.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Stripe;

namespace Marketplace.Infrastructure.Payments;

public static class PaymentsSetup
{
    /// <summary><c>Marketplace:Payments</c>: the simulated provider, or Stripe Connect with its webhooks.</summary>
    public static PaymentsOptions AddPayments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var payments = services.BindOptions<PaymentsOptions, PaymentsOptionsValidator>(configuration, PaymentsOptions.Section);
        services.AddSingleton(new SimulatedPaymentSettings(BuyerMaySettle: environment.IsDevelopment()));
        if (payments.IsStripe) AddStripe(services, payments.Stripe);
        else services.AddSingleton<IPaymentGateway, SimulatedPaymentGateway>();
        return payments;
    }

    /// <summary>Stripe.net over an HttpClient with timeouts, jittered retries and a circuit breaker.</summary>
    private static void AddStripe(IServiceCollection services, PaymentsOptions.StripeOptions stripe)
    {
        services.AddHttpClient("stripe").AddOutboundResilience("stripe", retries: 2, TimeSpan.FromMilliseconds(200), stripe.Timeout);
        services.AddSingleton<IStripeClient>(sp => new StripeClient(
            apiKey: stripe.SecretKey,
            httpClient: new SystemNetHttpClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient("stripe"), maxNetworkRetries: 0),
            apiBase: string.IsNullOrWhiteSpace(stripe.ApiBase) ? null : stripe.ApiBase.TrimEnd('/'),
            connectBase: string.IsNullOrWhiteSpace(stripe.ApiBase) ? null : stripe.ApiBase.TrimEnd('/')));
        services.AddSingleton<IPaymentGateway, StripePaymentGateway>();
        services.AddSingleton<IPaymentWebhooks, StripeWebhooks>();
    }
}
