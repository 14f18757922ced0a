using Marketplace.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Events;

/// <summary>The dispatcher runs on its own with a poll far longer than any test waits, and is woken by commits.</summary>
internal static class WakeOnCommitSettings
{
    public static IDictionary<string, string?> Values => new Dictionary<string, string?>
    {
        ["Marketplace:EventBus:PollInterval"] = "00:01:00",
        ["Marketplace:EventBus:WakeOnCommit"] = "true",
    };
}

public sealed class SqliteWakeOnCommitApiFactory : SqliteApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => WakeOnCommitSettings.Values;
}

public sealed class PostgresWakeOnCommitApiFactory : PostgresApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => WakeOnCommitSettings.Values;
}

public abstract class OutboxWakeTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task OrderPlacedThroughTheApi_ReachesTheConsumer_WithoutWaitingForThePoll()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var log = Api.Services.GetRequiredService<ConsumerLog>();

        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);

        // Far below the one-minute poll: only a wake-up after the commit delivers it in time.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!log.Received.Any(e => e.Type == "order.placed") && DateTime.UtcNow < deadline) await Task.Delay(50);
        var placed = Assert.Single(log.Received, e => e.Type == "order.placed");
        Assert.Equal(Id(order), placed.Data.GetProperty("orderId").GetString());
    }
}

public sealed class SqliteOutboxWakeTests(SqliteWakeOnCommitApiFactory api) : OutboxWakeTests(api), IClassFixture<SqliteWakeOnCommitApiFactory>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxWakeTests(PostgresWakeOnCommitApiFactory api) : OutboxWakeTests(api), IClassFixture<PostgresWakeOnCommitApiFactory>;
