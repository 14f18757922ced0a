using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Marketplace.FunctionalTests.Messaging;

/// <summary>The RabbitMQ transport against a real broker named by MARKETPLACE_TEST_RABBITMQ (.ci/run starts one).</summary>
public sealed class RabbitMqApiFactory : SqliteApiFactory
{
    public const string Variable = "MARKETPLACE_TEST_RABBITMQ";
    public static readonly string? ConnectionString = System.Environment.GetEnvironmentVariable(Variable);

    public override bool IsAvailable => !string.IsNullOrWhiteSpace(ConnectionString);
    public override string UnavailableReason => $"{Variable} is not set (an amqp:// URI of a RabbitMQ broker); .ci/run sets it.";

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:EventBus:Transport"] = "RabbitMq",
        ["Marketplace:EventBus:RabbitMq:ConnectionString"] = ConnectionString ?? "amqp://unused",
    };
}

// The two-host test's API processes consume the same broker queue while they run; in one collection the two never overlap.
[Collection(PostgresCollection.Name)]
public sealed class RabbitMqTests(RabbitMqApiFactory api) : ApiTestBase(api), IClassFixture<RabbitMqApiFactory>
{
    private static async Task<IConnection> ConnectAsync() =>
        await new ConnectionFactory { Uri = new Uri(RabbitMqApiFactory.ConnectionString!) }.CreateConnectionAsync();

    [SkippableFact]
    public async Task OutboxEvents_ArePublishedToTheExchange_ByType_Persistently()
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync("marketplace.events", ExchangeType.Topic, durable: true, autoDelete: false);
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, "marketplace.events", "order.*");

        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 10);
        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }

        var first = await channel.BasicGetAsync(queue, autoAck: true);
        Assert.NotNull(first);
        Assert.Equal("order.placed", first.RoutingKey);
        Assert.Equal(DeliveryModes.Persistent, first.BasicProperties.DeliveryMode);
        var envelope = JsonNode.Parse(Encoding.UTF8.GetString(first.Body.Span))!;
        Assert.Equal("order.placed", envelope["type"]!.GetValue<string>());
        Assert.Equal(Id(order), envelope["data"]!["orderId"]!.GetValue<string>());
        Assert.Equal(first.BasicProperties.MessageId, envelope["id"]!.GetValue<string>());
        Assert.Equal("order.paid", (await channel.BasicGetAsync(queue, autoAck: true))!.RoutingKey);
    }

    [SkippableFact]
    public async Task BrokerStoppedAndRestarted_LosesNoEvent()
    {
        Skip.IfNot(File.Exists("/usr/sbin/rabbitmqctl"), "rabbitmqctl is not on this machine to stop and start the broker.");
        await using (var setup = await ConnectAsync())
        await using (var declare = await setup.CreateChannelAsync())
        {
            await declare.ExchangeDeclareAsync("marketplace.events", ExchangeType.Topic, durable: true, autoDelete: false);
            await declare.QueueDeclareAsync("marketplace-test-restart", durable: true, exclusive: false, autoDelete: false);
            await declare.QueuePurgeAsync("marketplace-test-restart");
            await declare.QueueBindAsync("marketplace-test-restart", "marketplace.events", "order.placed");
        }
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }

        await Rabbitmqctl("stop_app");
        try
        {
            await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 2);
            await processor.DispatchDueAsync(CancellationToken.None); // the broker is down: delivery fails, the event stays
        }
        finally
        {
            await Rabbitmqctl("start_app");
        }

        BasicGetResult? received = null;
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        for (var attempt = 0; attempt < 60 && received is null; attempt++)
        {
            Api.Clock.Advance(TimeSpan.FromMinutes(1)); // past the retry backoff
            await processor.DispatchDueAsync(CancellationToken.None);
            received = await channel.BasicGetAsync("marketplace-test-restart", autoAck: true);
            if (received is null) await Task.Delay(500);
        }
        Assert.NotNull(received);
        Assert.Equal("order.placed", received.RoutingKey);
    }

    private static async Task Rabbitmqctl(string command)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/sbin/rabbitmqctl", command)
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }

    private BasicProperties Signed(byte[] body, string secret = ApiFactory.VibeLuxSecret)
    {
        var t = Api.Clock.GetUtcNow().ToUnixTimeSeconds();
        var mac = System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.").Concat(body).ToArray());
        return new BasicProperties
        {
            Persistent = true,
            Headers = new Dictionary<string, object?> { ["X-VibeLux-Signature"] = $"t={t},v1={Convert.ToHexString(mac).ToLowerInvariant()}" },
        };
    }

    private static byte[] FacilityEvent(string id, string name) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["id"] = id, ["type"] = "facility.updated", ["occurredAt"] = "2026-11-24T10:00:00Z",
        ["data"] = new JsonObject { ["facilityId"] = "fac-rmq", ["ownerUserId"] = "grower-1", ["name"] = name, ["certifications"] = new JsonArray("gap-certified") },
    }.ToJsonString());

    [SkippableFact]
    public async Task UnsignedBadlySignedAndInvalidBrokerEvents_AreDeadLettered_AndAValidOneIsApplied()
    {
        var grower = await NewGrowerAsync();
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync("vibelux.events", ExchangeType.Topic, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync("marketplace.vibelux-events.dead", durable: true, exclusive: false, autoDelete: false);
        await channel.QueuePurgeAsync("marketplace.vibelux-events.dead");

        var unsigned = FacilityEvent($"evt-{Guid.NewGuid():N}", "Unsigned Farm");
        var forged = FacilityEvent($"evt-{Guid.NewGuid():N}", "Forged Farm");
        var invalid = FacilityEvent("", "Invalid Farm"); // signed, but an event without an id
        var valid = FacilityEvent($"evt-{Guid.NewGuid():N}", "Signed Farm");
        await channel.BasicPublishAsync("vibelux.events", "facility.updated", mandatory: false, new BasicProperties { Persistent = true, MessageId = "unsigned" }, unsigned);
        await channel.BasicPublishAsync("vibelux.events", "facility.updated", mandatory: false, With(Signed(forged, "not-the-secret"), "forged"), forged);
        await channel.BasicPublishAsync("vibelux.events", "facility.updated", mandatory: false, With(Signed(invalid), "invalid"), invalid);
        await channel.BasicPublishAsync("vibelux.events", "facility.updated", mandatory: false, With(Signed(valid), "valid"), valid);

        var dead = new Dictionary<string, BasicGetResult>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (dead.Count < 3 && DateTime.UtcNow < deadline)
        {
            if (await channel.BasicGetAsync("marketplace.vibelux-events.dead", autoAck: true) is { } message) dead[message.BasicProperties.MessageId!] = message;
            else await Task.Delay(100);
        }
        Assert.Equal(["forged", "invalid", "unsigned"], dead.Keys.Order());
        Assert.Equal(invalid, dead["invalid"].Body.ToArray());
        Assert.Contains("does not match", Encoding.UTF8.GetString((byte[])dead["forged"].BasicProperties.Headers!["x-marketplace-dead-reason"]!), StringComparison.Ordinal);

        JsonNode? profile = null;
        for (var attempt = 0; attempt < 100 && profile?["facility"] is null; attempt++)
        {
            await Task.Delay(100);
            profile = await Expect(await Anonymous().GetAsync(Url($"/growers/{grower.Id}")), HttpStatusCode.OK);
        }
        Assert.Equal("Signed Farm", profile!["facility"]!["name"]!.GetValue<string>());
        Assert.Null(await channel.BasicGetAsync("marketplace.vibelux-events.dead", autoAck: true)); // the valid one is not there
    }

    [SkippableFact]
    public async Task SignedBrokerEvent_WhoseHandlingKeepsFailing_IsRetriedWithACount_AndDeadAfterMaxAttempts()
    {
        var grower = await NewGrowerAsync();
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync("vibelux.events", ExchangeType.Topic, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync("marketplace.vibelux-events.dead", durable: true, exclusive: false, autoDelete: false);
        await channel.QueuePurgeAsync("marketplace.vibelux-events.dead");

        // The event is valid and signed, but the database refuses to store its effect every time (a failing dependency).
        var attempts = 0;
        Api.Commands.FailWhen = sql =>
        {
            if (!sql.Contains("marketplace_inbox", StringComparison.OrdinalIgnoreCase) || !sql.Contains("INSERT", StringComparison.OrdinalIgnoreCase)) return false;
            Interlocked.Increment(ref attempts);
            return true;
        };
        var failing = FacilityEvent($"evt-{Guid.NewGuid():N}", "Failing Farm");
        await channel.BasicPublishAsync("vibelux.events", "facility.updated", mandatory: false, With(Signed(failing), "failing"), failing);

        BasicGetResult? dead = null;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (dead is null && DateTime.UtcNow < deadline)
        {
            dead = await channel.BasicGetAsync("marketplace.vibelux-events.dead", autoAck: true);
            if (dead is null) await Task.Delay(100);
        }
        Api.Commands.FailWhen = null;

        Assert.NotNull(dead);
        Assert.Equal("failing", dead.BasicProperties.MessageId);
        Assert.Equal(failing, dead.Body.ToArray());
        Assert.Equal(3, Convert.ToInt32(dead.BasicProperties.Headers!["x-marketplace-attempts"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("refused the command", Encoding.UTF8.GetString((byte[])dead.BasicProperties.Headers!["x-marketplace-dead-reason"]!), StringComparison.Ordinal);
        // Tried exactly MaxAttempts (3) times: not dead-lettered before, not retried after.
        Assert.Equal(3, Volatile.Read(ref attempts));
        Assert.Null(await channel.BasicGetAsync("marketplace.vibelux-events.dead", autoAck: true));
        var profile = await Expect(await Anonymous().GetAsync(Url($"/growers/{grower.Id}")), HttpStatusCode.OK);
        Assert.Null(profile["facility"]);
    }

    private static BasicProperties With(BasicProperties properties, string messageId)
    {
        properties.MessageId = messageId;
        return properties;
    }

    [SkippableFact]
    public async Task VibeLuxEvents_FromTheBroker_AreAppliedOnce()
    {
        var grower = await NewGrowerAsync();
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync("vibelux.events", ExchangeType.Topic, durable: true, autoDelete: false);
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["id"] = $"evt-{Guid.NewGuid():N}", ["type"] = "facility.updated", ["occurredAt"] = "2026-11-24T10:00:00Z",
            ["data"] = new JsonObject { ["facilityId"] = "fac-rmq", ["ownerUserId"] = "grower-1", ["name"] = "Broker Farm", ["certifications"] = new JsonArray("gap-certified") },
        }.ToJsonString());

        // Published twice, as a redelivery would be: applied once.
        for (var i = 0; i < 2; i++)
            await channel.BasicPublishAsync("vibelux.events", "facility.updated", mandatory: false, Signed(body), body);

        JsonNode? profile = null;
        for (var attempt = 0; attempt < 100 && profile?["facility"] is null; attempt++)
        {
            await Task.Delay(100);
            profile = await Expect(await Anonymous().GetAsync(Url($"/growers/{grower.Id}")), HttpStatusCode.OK);
        }
        Assert.Equal("Broker Farm", profile!["facility"]!["name"]!.GetValue<string>());
        Assert.Equal(["usda-organic", "gap-certified"], profile["certifications"]!.AsArray().Select(c => c!.GetValue<string>()));
    }
}
