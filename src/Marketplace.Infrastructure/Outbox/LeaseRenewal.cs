using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// Extends a batch's lease every third of its length while the batch runs, so a short lease (quick takeover after
/// a crash) does not let another instance deliver what a slow batch is still delivering.
/// </summary>
internal sealed class LeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LeaseRenewal(IServiceScopeFactory scopes, string lease, TimeProvider clock, TimeSpan length, ILogger logger) =>
        _loop = RenewAsync(scopes, lease, clock, length, logger, _stop.Token);

    private static async Task RenewAsync(IServiceScopeFactory scopes, string lease, TimeProvider clock, TimeSpan length, ILogger logger, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(length / 3, clock, stop);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
                var until = clock.GetUtcNow() + length;
                await db.OutboxDeliveries.Where(d => d.LockedBy == lease).ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedUntil, until), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The batch is over.
        }
        catch (Exception e)
        {
            // Not renewed: at worst another instance delivers part of this batch again, which consumers tolerate.
            logger.LogWarning(e, "Renewing outbox lease {Lease} failed", lease);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
