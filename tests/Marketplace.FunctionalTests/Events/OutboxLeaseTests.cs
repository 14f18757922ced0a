using Marketplace.Application.Common.Events;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.FunctionalTests.Events;

/// <summary>The dispatcher's lease: short, so a crashed instance's events move on quickly, and renewed while a batch runs.</summary>
public abstract class OutboxLeaseTests(ApiFactory api) : ApiTestBase(api)
{
    private const string Consumer = "test-recorder";

    private ConsumerLog Log => Api.Services.GetRequiredService<ConsumerLog>();

    private OutboxProcessor AnotherInstance() => new(Api.Services.GetRequiredService<IServiceScopeFactory>(),
        Api.Services.GetRequiredService<OutboxConsumers>(), Api.Clock, Api.Services.GetRequiredService<IOptions<OutboxOptions>>(),
        Api.Services.GetRequiredService<ILogger<OutboxProcessor>>());

    private async Task<List<OutboxDelivery>> LeasedAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        return await db.OutboxDeliveries.AsNoTracking().Where(d => d.Consumer == Consumer && d.LockedBy != null).ToListAsync();
    }

    private async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the expected state was not reached");
            await Task.Delay(20);
        }
    }

    private async Task<Task<int>> StartHeldBatchAsync(OutboxProcessor processor, CancellationToken cancellationToken)
    {
        var grower = await NewGrowerAsync();
        await CreateListingAsync(grower.Client);
        Log.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var batch = processor.DispatchDueAsync(Consumer, cancellationToken);
        await WaitUntilAsync(() => Task.FromResult(!Log.Deliveries.IsEmpty)); // the consumer has the first message in hand
        return batch;
    }

    [SkippableFact]
    public async Task InstanceCrashesMidBatch_AnotherDeliversItsEvents_OnceTheShortLeaseHasPassed()
    {
        using var crash = new CancellationTokenSource();
        var batch = await StartHeldBatchAsync(Api.Services.GetRequiredService<OutboxProcessor>(), crash.Token);
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batch); // gone without releasing its lease
        Log.Hold = null;
        var survivor = AnotherInstance();
        Assert.Equal(0, await survivor.DispatchDueAsync(Consumer, CancellationToken.None));

        Api.Clock.Advance(TimeSpan.FromSeconds(16)); // the default lease is 15 s

        Assert.True(await survivor.DispatchDueAsync(Consumer, CancellationToken.None) > 0);
        Assert.Contains(Log.Received, e => e.Type == "listing.published");
        Assert.Empty(await LeasedAsync());
    }

    [SkippableFact]
    public async Task BatchLongerThanTheLease_KeepsItsLease_SoNoOtherInstanceDeliversItTwice()
    {
        var batch = await StartHeldBatchAsync(Api.Services.GetRequiredService<OutboxProcessor>(), CancellationToken.None);
        var first = (await LeasedAsync()).Max(d => d.LockedUntil!.Value);

        Api.Clock.Advance(TimeSpan.FromSeconds(10)); // the renewal (every third of the lease) is due
        await WaitUntilAsync(async () => (await LeasedAsync()).All(d => d.LockedUntil > first));
        Api.Clock.Advance(TimeSpan.FromSeconds(10)); // past the first lease's end
        Assert.Equal(0, await AnotherInstance().DispatchDueAsync(Consumer, CancellationToken.None));

        Log.Hold!.SetResult();
        Assert.True(await batch > 0);
        Assert.All(Log.Deliveries, d => Assert.Equal(1, d.Value));
        Assert.Empty(await LeasedAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOutboxLeaseTests(SqliteApiFactory api) : OutboxLeaseTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxLeaseTests(PostgresApiFactory api) : OutboxLeaseTests(api);
