using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Events;

/// <summary>Each consumer has its own delivery of every message: one that fails or lags holds back only itself.</summary>
public abstract class OutboxPerConsumerTests(ApiFactory api) : ApiTestBase(api)
{
    private ConsumerLog Log => Api.Services.GetRequiredService<ConsumerLog>();

    private async Task DispatchAllDueAsync()
    {
        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }
    }

    private async Task<JsonNode> OutboxMessageAsync(string type, string status)
    {
        var page = await Expect(await As("ops", "admin").GetAsync(Url($"/admin/outbox?status={status}&limit=100")), HttpStatusCode.OK);
        return page["items"]!.AsArray().Single(m => m!["type"]!.GetValue<string>() == type)!;
    }

    private static JsonNode DeliveryTo(JsonNode message, string consumer) =>
        message["deliveries"]!.AsArray().Single(d => d!["consumer"]!.GetValue<string>() == consumer)!;

    [SkippableFact]
    public async Task EmailProviderDown_OtherConsumersStillGetTheMessage_AndEmailCatchesUpAlone()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        await DispatchAllDueAsync();
        Log.EmailDown = true;
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);

        await DispatchAllDueAsync();

        Assert.Contains(Log.Received, e => e.Type == "order.placed" && e.Data.GetProperty("orderId").GetString() == Id(order));
        var placed = await OutboxMessageAsync("order.placed", "pending");
        Assert.Equal("pending", placed["status"]!.GetValue<string>());
        var email = DeliveryTo(placed, "email");
        Assert.Equal("pending", email["status"]!.GetValue<string>());
        Assert.Equal(1, email["attempts"]!.GetValue<int>());
        Assert.Contains("email provider unavailable", email["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("delivered", DeliveryTo(placed, "search")["status"]!.GetValue<string>());
        Assert.Equal("delivered", DeliveryTo(placed, "test-recorder")["status"]!.GetValue<string>());

        Log.EmailDown = false;
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        await DispatchAllDueAsync();

        var delivered = await OutboxMessageAsync("order.placed", "delivered");
        Assert.All(delivered["deliveries"]!.AsArray(), d => Assert.Equal("delivered", d!["status"]!.GetValue<string>()));
        Assert.Equal(1, DeliveryTo(delivered, "email")["attempts"]!.GetValue<int>());
        var number = order["number"]!.GetValue<string>();
        Assert.Contains(Directory.GetFiles(Api.MailDirectory, "*.eml"), f => File.ReadAllText(f).Contains($"Order {number} placed", StringComparison.Ordinal));
        // The email retry repeated nothing for the consumers that had already received the message.
        Assert.Equal(1, Log.Deliveries[Guid.Parse(Id(placed))]);
    }

    [SkippableFact]
    public async Task ManyMessagesInBackoff_DoNotHoldBackANewerOne()
    {
        Log.PoisonType = "user.profile_created";
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        for (var i = 0; i < 250; i++) await NewBuyerAsync($"backlog-buyer-{i}");
        await DispatchAllDueAsync(); // the recorder refuses all 251 profile events: they wait in backoff

        var buyer = await NewBuyerAsync("late-buyer");
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        await DispatchAllDueAsync();

        var forOrder = Log.Received.Where(e => e.Type.StartsWith("order.", StringComparison.Ordinal)
            && e.Data.GetProperty("orderId").GetString() == Id(order)).Select(e => e.Type);
        Assert.Equal(["order.placed", "order.paid"], forOrder);
        Assert.DoesNotContain(Log.Received, e => e.Type == "user.profile_created");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOutboxPerConsumerTests(SqliteApiFactory api) : OutboxPerConsumerTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxPerConsumerTests(PostgresApiFactory api) : OutboxPerConsumerTests(api);
