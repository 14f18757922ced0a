using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Marketplace.Infrastructure.Http;

/// <summary>The one resilience shape every outbound HTTP client uses: an overall timeout, jittered retries, a circuit breaker, a per-attempt timeout.</summary>
internal static class OutboundResilience
{
    public static IHttpClientBuilder AddOutboundResilience(this IHttpClientBuilder client, string name, int retries, TimeSpan retryDelay,
        TimeSpan attemptTimeout, TimeSpan? samplingDuration = null)
    {
        client.AddResilienceHandler(name, pipeline =>
        {
            // Backoff and timeouts are about the network, so they run on wall-clock time whatever clock the app uses.
            pipeline.TimeProvider = TimeProvider.System;
            pipeline.AddTimeout(attemptTimeout * (retries + 1) + TimeSpan.FromSeconds(5));
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                Delay = retryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                SamplingDuration = samplingDuration ?? TimeSpan.FromSeconds(Math.Max(30, attemptTimeout.TotalSeconds * 2 + 10)),
            });
            pipeline.AddTimeout(attemptTimeout);
        });
        return client;
    }
}
