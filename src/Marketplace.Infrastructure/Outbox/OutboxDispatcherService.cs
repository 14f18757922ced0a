using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// Runs the outbox processor on an interval, on wall-clock time, for as long as the host runs: one loop per
/// consumer, so a consumer whose provider is slow or down never delays the others.
/// </summary>
internal sealed class OutboxDispatcherService(OutboxProcessor processor, IOptions<OutboxOptions> options, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(processor.Consumers.Select(consumer => Task.Run(() => RunAsync(consumer, stoppingToken), stoppingToken)));

    private async Task RunAsync(string consumer, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    while (await processor.DispatchDueAsync(consumer, stoppingToken) > 0)
                    {
                        // Keep going while there is work; the timer paces the idle polls.
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database may be briefly unreachable; messages wait in the outbox until the next tick.
                    logger.LogError(e, "Outbox dispatch to {Consumer} failed", consumer);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
