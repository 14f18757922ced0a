using Marketplace.Application.Orders;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Orders;

/// <summary>Every sweep interval, cancels orders whose payment never arrived or whose grower never confirmed them, and releases their stock.</summary>
internal sealed class PaymentExpiryService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PaymentExpiryService> logger,
    OrderSweepOptions options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var expired = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireUnpaidOrdersCommand(), stoppingToken);
                if (expired > 0) logger.LogInformation("Cancelled {Count} unpaid or unconfirmed orders and released their stock", expired);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed sweep is retried at the next tick; the orders are still there.
                logger.LogError(e, "Sweeping unpaid orders failed");
            }
        }
    }
}

public sealed record OrderSweepOptions(TimeSpan Interval);
