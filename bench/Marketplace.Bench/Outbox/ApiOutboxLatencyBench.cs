using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Bench.Hosting;
using Marketplace.Bench.Orders;
using Marketplace.Bench.Seeding;
using Marketplace.Infrastructure.Messaging;

namespace Marketplace.Bench.Outbox;

/// <summary>
/// Commit-to-publish through the real API: orders are placed over HTTP at a steady rate against the built API
/// (RabbitMQ transport), and each <c>order.placed</c> is stamped when it arrives on a queue bound to
/// <c>marketplace.events</c>. The API runs twice on one database, first with the poll alone
/// (<c>WakeOnCommit=false</c>), then woken by its commits, and the two are compared.
/// </summary>
internal static class ApiOutboxLatencyBench
{
    private const string BasePath = ApiCalls.BasePath;

    /// <summary>Per run: from sending POST /orders (an upper bound: the commit happens inside it) and from its 201 (a lower bound).</summary>
    public sealed record ApiRun(LatencyResult FromRequest, LatencyResult FromAnswer, LatencyResult Orders);

    public static async Task<(ApiRun PollOnly, ApiRun Woken)> RunAsync(BenchOptions options, string rabbitUri)
    {
        ISeeder seeder = options.Provider == Provider.PostgreSql ? new PostgresSeeder(options.ConnectionString) : new SqliteSeeder(options.ConnectionString);
        Report.Step($"Through the API: recreating the {options.Provider} benchmark database");
        await seeder.RecreateDatabaseAsync();
        await using var connection = new RabbitMqConnection(rabbitUri);
        await using var probe = await LatencyProbe.StartAsync(connection, "order.placed", OrderIdOf);

        var pollOnly = await MeasureAsync("API, poll only", wakeOnCommit: false, probe, options, rabbitUri);
        var woken = await MeasureAsync("API, woken on commit", wakeOnCommit: true, probe, options, rabbitUri);
        return (pollOnly, woken);
    }

    private static Guid? OrderIdOf(RabbitMQ.Client.Events.BasicDeliverEventArgs delivery)
    {
        using var envelope = JsonDocument.Parse(delivery.Body);
        return envelope.RootElement.TryGetProperty("data", out var data) && data.TryGetProperty("orderId", out var id) && id.TryGetGuid(out var orderId)
            ? orderId : null;
    }

    private static async Task<ApiRun> MeasureAsync(string name, bool wakeOnCommit, LatencyProbe probe, BenchOptions options, string rabbitUri)
    {
        var logPath = Path.Combine(Path.GetTempPath(), $"marketplace-bench-api-outbox-{(wakeOnCommit ? "woken" : "poll")}-{Environment.ProcessId}.log");
        File.Delete(logPath);
        await using var api = await ApiProcess.StartAsync(options, logPath, new Dictionary<string, string>
        {
            ["Marketplace__EventBus__Transport"] = "RabbitMq",
            ["Marketplace__EventBus__RabbitMq__ConnectionString"] = rabbitUri,
            ["Marketplace__EventBus__PollInterval"] = options.PollInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Marketplace__EventBus__BatchSize"] = options.BatchSize.ToString(CultureInfo.InvariantCulture),
            ["Marketplace__EventBus__WakeOnCommit"] = wakeOnCommit ? "true" : "false",
        });
        Report.Step($"Measuring the {name} (pid {api.Pid}; its log: {logPath})");
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false }) { BaseAddress = api.BaseAddress };
        var grower = BenchTokens.For("bench-grower", "grower");
        var buyer = BenchTokens.For("bench-buyer", "buyer");
        await ApiCalls.Send(client, HttpMethod.Put, "/users/me/grower-profile", grower, new { farmName = "Bench Farm", city = "Salinas", state = "CA", postalCode = "93901" });
        var listing = await CreateListingAsync(client, grower);

        var total = options.Warmup + options.Duration;
        var interval = TimeSpan.FromSeconds(1.0 / options.OrdersPerSecond);
        var orders = new List<Task<Guid?>>();
        var answered = new ConcurrentDictionary<Guid, long>();
        var responseMs = new ConcurrentDictionary<Guid, double>();
        var clock = Stopwatch.StartNew();
        for (var n = 0; ; n++)
        {
            // A fixed schedule, not a fixed sleep: a slow answer does not lower the rate.
            var due = interval * n;
            if (due >= total) break;
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            orders.Add(PlaceAsync(client, buyer, listing, probe, answered, responseMs, measured: due >= options.Warmup));
        }
        var measured = (await Task.WhenAll(orders)).OfType<Guid>().ToList();

        var deadline = Stopwatch.StartNew();
        while (!probe.AllArrived(measured) && deadline.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(50);
        var fromRequest = probe.Collect(name, measured);
        var answers = answered.ToDictionary();
        return new ApiRun(fromRequest, probe.Collect(name, measured, answers),
            new LatencyResult(name, [.. measured.Select(id => responseMs[id]).Order()], 0));
    }

    /// <summary>Places one order; the clock starts as the request is sent (the commit happens inside it), so the figure is an upper bound.</summary>
    private static async Task<Guid?> PlaceAsync(HttpClient client, string buyer, string listing, LatencyProbe probe,
        ConcurrentDictionary<Guid, long> answered, ConcurrentDictionary<Guid, double> responseMs, bool measured)
    {
        var sent = Stopwatch.GetTimestamp();
        var placed = await ApiCalls.Send(client, HttpMethod.Post, "/orders", buyer,
            new { lines = new[] { new { listingId = listing, quantity = 1 } }, deliveryMethod = "pickup" });
        var answer = Stopwatch.GetTimestamp();
        var orderId = Guid.Parse(placed["order"]!["id"]!.GetValue<string>());
        probe.Committed(orderId, sent);
        answered[orderId] = answer;
        responseMs[orderId] = (answer - sent) * 1000.0 / Stopwatch.Frequency;
        return measured ? orderId : null;
    }

    private static async Task<string> CreateListingAsync(HttpClient client, string grower)
    {
        var body = new
        {
            title = "Bench lettuce", category = "leafy-greens", productType = "lettuce", growingMethod = "hydroponic", grade = "a",
            unit = "case", unitPrice = new { amount = 2450, currency = "USD" }, quantityAvailable = 1_000_000, minimumOrderQuantity = 1,
            harvestDate = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            delivery = new { pickup = true, delivery = false },
            location = new { city = "Salinas", state = "CA", postalCode = "93901", latitude = 36.67, longitude = -121.65 },
        };
        var id = (await ApiCalls.Send(client, HttpMethod.Post, "/listings", grower, body))["id"]!.GetValue<string>();
        await ApiCalls.Send(client, HttpMethod.Post, $"/listings/{id}/publish", grower, null);
        return id;
    }
}
