using System.Net;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Events;

public abstract class OutboxTests(ApiFactory api) : ApiTestBase(api)
{
    private ConsumerLog Log => Api.Services.GetRequiredService<ConsumerLog>();

    private async Task DispatchAllDueAsync()
    {
        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }
    }

    private List<string> TypesFor(string aggregateId) =>
        Log.Received.Where(e => e.Data.ToString().Contains(aggregateId, StringComparison.Ordinal)).Select(e => e.Type).ToList();

    [SkippableFact]
    public async Task ChangesPublishTheirEvents_AfterCommit_InOrder()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        await Act(grower.Client, order, "confirm");
        Assert.Empty(Log.Received);

        await DispatchAllDueAsync();

        Assert.Equal(["order.placed", "order.paid", "order.confirmed"], TypesFor(Id(order)).Where(t => t.StartsWith("order.", StringComparison.Ordinal)));
        Assert.Contains("listing.published", Log.Received.Select(e => e.Type));
        var placed = Log.Received.First(e => e.Type == "order.placed");
        Assert.Equal(order["number"]!.GetValue<string>(), placed.Data.GetProperty("number").GetString());
        Assert.Equal(24775, placed.Data.GetProperty("total").GetProperty("amount").GetInt64());
        Assert.NotEqual(Guid.Empty, placed.Id);
    }

    [SkippableFact]
    public async Task TwoDispatchers_OnOneDatabase_DeliverEachMessageOnce()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        for (var i = 0; i < 6; i++) await PlaceOrderAsync((await NewBuyerAsync($"buyer-{i}")).Client, Id(listing), 2);
        var first = Api.Services.GetRequiredService<OutboxProcessor>();
        var second = new OutboxProcessor(Api.Services.GetRequiredService<IServiceScopeFactory>(), Api.Services.GetRequiredService<OutboxConsumers>(), Api.Clock,
            Api.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboxOptions>>(),
            Api.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<OutboxProcessor>>());

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            var processor = i % 2 == 0 ? first : second;
            while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }
        })));
        await DispatchAllDueAsync();

        Assert.True(Log.Deliveries.Count >= 13, $"{Log.Deliveries.Count} messages delivered"); // 6 × placed + paid, published, profiles
        Assert.All(Log.Deliveries, d => Assert.Equal(1, d.Value));
    }

    [SkippableFact]
    public async Task ConsumerDownForAWhile_ThenBack_GetsEveryEventOnce()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        Log.FailNext(2);

        await DispatchAllDueAsync();           // first attempts fail
        Api.Clock.Advance(TimeSpan.FromSeconds(3));
        await DispatchAllDueAsync();           // retried after the backoff
        Api.Clock.Advance(TimeSpan.FromSeconds(5));
        await DispatchAllDueAsync();

        Assert.Equal(["order.placed", "order.paid"], TypesFor(Id(order)));
        Assert.Equal(Log.Received.Count, Log.Received.Select(e => e.Id).Distinct().Count());
        var pending = await Expect(await As("ops", "admin").GetAsync(Url("/admin/outbox?status=pending")), HttpStatusCode.OK);
        Assert.Empty(pending["items"]!.AsArray());
    }

    [SkippableFact]
    public async Task PoisonMessage_EndsDead_WithoutHoldingOthersBack_AndCanBeRetried()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        Log.PoisonType = "order.placed";
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);

        for (var attempt = 0; attempt < 4; attempt++)
        {
            await DispatchAllDueAsync();
            Api.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var admin = As("ops", "admin");
        var dead = await Expect(await admin.GetAsync(Url("/admin/outbox?status=dead")), HttpStatusCode.OK);
        var message = dead["items"]!.AsArray().Single()!;
        Assert.Equal("order.placed", message["type"]!.GetValue<string>());
        Assert.Equal(3, message["attempts"]!.GetValue<int>());
        Assert.Contains("consumer unavailable", message["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["order.paid"], TypesFor(Id(order)));
        await ExpectProblem(await As("grower-1", "grower").GetAsync(Url("/admin/outbox?status=dead")), HttpStatusCode.Forbidden, "role_required");

        Log.PoisonType = null;
        var retried = await Expect(await admin.PostAsync(Url($"/admin/outbox/{Id(message)}/retry"), null), HttpStatusCode.OK);
        Assert.Equal("pending", retried["status"]!.GetValue<string>());
        await DispatchAllDueAsync();
        Assert.Equal(["order.paid", "order.placed"], TypesFor(Id(order)));
        await ExpectProblem(await admin.PostAsync(Url($"/admin/outbox/{Id(message)}/retry"), null), HttpStatusCode.Conflict, "invalid_transition");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOutboxTests(SqliteApiFactory api) : OutboxTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxTests(PostgresApiFactory api) : OutboxTests(api);
