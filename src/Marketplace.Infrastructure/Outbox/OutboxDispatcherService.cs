using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>Runs the outbox processor on an interval, on wall-clock time, for as long as the host runs.</summary>
internal sealed class OutboxDispatcherService(OutboxProcessor processor, IOptions<OutboxOptions> options, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                while (await processor.DispatchDueAsync(stoppingToken) > 0)
                {
                    // Keep going while there is work; the timer paces the idle polls.
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unreachable; messages wait in the outbox until the next tick.
                logger.LogError(e, "Outbox dispatch failed");
            }
        }
    }
}
