using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// Runs the outbox processor for as long as the host runs: one loop per consumer, so a consumer whose provider
/// is slow or down never delays the others. Each loop wakes when a commit in this process stored outbox rows
/// (<see cref="OutboxSignal"/>, unless <c>WakeOnCommit</c> is off) and otherwise every <c>PollInterval</c>,
/// on wall-clock time.
/// </summary>
internal sealed class OutboxDispatcherService(
    OutboxProcessor processor, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(processor.Consumers.Select(consumer => Task.Run(() => RunAsync(consumer, stoppingToken), stoppingToken)));

    private async Task RunAsync(string consumer, CancellationToken stoppingToken)
    {
        try
        {
            var woken = NextWake();
            while (true)
            {
                await WaitAsync(woken, stoppingToken);
                // Taken before draining: a commit made while this round runs starts the next one at once.
                woken = NextWake();
                try
                {
                    while (await processor.DispatchDueAsync(consumer, stoppingToken) > 0)
                    {
                        // Keep going while there is work; the poll and the wake-ups pace the idle rounds.
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database may be briefly unreachable; messages wait in the outbox until the next round.
                    logger.LogError(e, "Outbox dispatch to {Consumer} failed", consumer);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private Task NextWake() => options.Value.WakeOnCommit ? signal.NextWakeAsync() : Task.Delay(Timeout.Infinite);

    /// <summary>Until a wake-up or the poll interval, whichever comes first.</summary>
    private async Task WaitAsync(Task woken, CancellationToken stoppingToken)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var interval = Task.Delay(options.Value.PollInterval, poll.Token);
        await Task.WhenAny(woken, interval);
        await poll.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }
}
