using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marketplace.Application.Common.Events;
using Marketplace.Infrastructure.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Marketplace.Bench.Outbox;

/// <summary>
/// How long events trail their commit on the RabbitMQ transport: orders "commit" at a steady rate into an
/// in-memory outbox, a dispatch loop with the outbox's own cadence (poll, then drain batches while there is work)
/// hands them to a publisher, and a consumer on a queue bound to <c>marketplace.events</c> stamps each arrival.
/// The real batch publisher runs against a per-message-channel publisher, one after the other in this process.
/// </summary>
internal static class OutboxLatencyBench
{
    private const string EventType = "bench.order-placed";

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var uri = Environment.GetEnvironmentVariable("MARKETPLACE_TEST_RABBITMQ");
        if (string.IsNullOrWhiteSpace(uri))
        {
            Console.WriteLine("Skipped: set MARKETPLACE_TEST_RABBITMQ (e.g. amqp://guest:guest@127.0.0.1:5672/bench) to run the outbox scenario.");
            return 0;
        }

        var publishers = options.OutboxPart is "publishers" or "both" ? await ComparePublishersAsync(uri, options) : 0;
        if (options.OutboxPart is "publishers") return publishers;
        var (pollOnly, woken) = await ApiOutboxLatencyBench.RunAsync(options, uri);

        Console.WriteLine();
        Console.WriteLine($"Through the API ({options.Provider}, {options.OrdersPerSecond} orders/s, poll {options.PollInterval.TotalMilliseconds:0} ms)");
        Console.WriteLine("POST /orders sent → order.placed on a bound queue (an upper bound: the commit is inside the request):");
        PrintTable(pollOnly.FromRequest, woken.FromRequest);
        Console.WriteLine("201 received → order.placed (a lower bound; negative when the event arrived before the answer):");
        PrintTable(pollOnly.FromAnswer, woken.FromAnswer);
        Console.WriteLine("POST /orders response time:");
        PrintTable(pollOnly.Orders, woken.Orders);
        Console.WriteLine($"Ratio woken / poll only, from the request: p50 {F(woken.FromRequest.P(50) / pollOnly.FromRequest.P(50), "F2")}, " +
            $"p95 {F(woken.FromRequest.P(95) / pollOnly.FromRequest.P(95), "F2")}");
        return publishers == 0 && pollOnly.FromRequest.Lost == 0 && woken.FromRequest.Lost == 0 ? 0 : 1;
    }

    private static async Task<int> ComparePublishersAsync(string uri, BenchOptions options)
    {
        await using var connection = new RabbitMqConnection(uri);
        await using var probe = await LatencyProbe.StartAsync(connection);
        Report.Step($"Outbox: {options.OrdersPerSecond} orders/s, {options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s measured per publisher, poll {options.PollInterval.TotalMilliseconds:0} ms, batch {options.BatchSize}");

        var baseline = await MeasureAsync("per-message channel", new PerMessagePublisher(connection), probe, options);
        await using var channels = new RabbitMqPublishChannel(connection);
        var batch = await MeasureAsync("batch publisher", new RabbitMqPublisher(channels), probe, options);

        Console.WriteLine();
        PrintTable(baseline, batch);
        Console.WriteLine($"Ratio batch / per-message: p50 {F(batch.P(50) / baseline.P(50), "F2")}, p95 {F(batch.P(95) / baseline.P(95), "F2")} (below 1 = the batch publisher trails its commits less)");
        return baseline.Lost == 0 && batch.Lost == 0 ? 0 : 1;
    }

    private static void PrintTable(params LatencyResult[] results)
    {
        Console.WriteLine("| run | events | lost | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
            Console.WriteLine($"| {r.Name} | {r.Received} | {r.Lost} | {F(r.P(50))} | {F(r.P(95))} | {F(r.P(99))} | {F(r.P(100))} |");
        Console.WriteLine();
    }

    private static string F(double value, string format = "F1") => value.ToString(format, CultureInfo.InvariantCulture);

    private static async Task<LatencyResult> MeasureAsync(string name, IIntegrationEventHandler publisher, LatencyProbe probe, BenchOptions options)
    {
        Report.Step($"Measuring the {name}");
        var outbox = new ConcurrentQueue<IntegrationEvent>();
        using var stop = new CancellationTokenSource();
        var dispatcher = Task.Run(() => DispatchAsync(outbox, publisher, options, stop.Token));

        var warmupEnd = options.Warmup;
        var total = options.Warmup + options.Duration;
        var interval = TimeSpan.FromSeconds(1.0 / options.OrdersPerSecond);
        var measured = new List<Guid>();
        var clock = Stopwatch.StartNew();
        for (var n = 0; ; n++)
        {
            // A fixed schedule, not a fixed sleep: a slow tick does not lower the rate.
            var due = interval * n;
            if (due >= total) break;
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            var id = Guid.NewGuid();
            probe.Committed(id); // the order's transaction has committed its outbox row
            outbox.Enqueue(new IntegrationEvent(id, EventType, DateTimeOffset.UtcNow, OrderPayload(n)));
            if (due >= warmupEnd) measured.Add(id);
        }

        // Drain: every event must arrive; allow generously for a loaded machine, then count what is missing.
        var deadline = Stopwatch.StartNew();
        while (!probe.AllArrived(measured) && deadline.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(50);
        await stop.CancelAsync();
        try { await dispatcher; } catch (OperationCanceledException) { }
        return probe.Collect(name, measured);
    }

    /// <summary>The outbox's cadence (OutboxDispatcherService): wait for the poll tick, then publish batches until none is left.</summary>
    private static async Task DispatchAsync(ConcurrentQueue<IntegrationEvent> outbox, IIntegrationEventHandler publisher, BenchOptions options, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.PollInterval);
        while (await timer.WaitForNextTickAsync(stop))
        {
            while (!outbox.IsEmpty)
            {
                var batch = new List<IntegrationEvent>(options.BatchSize);
                while (batch.Count < options.BatchSize && outbox.TryDequeue(out var next)) batch.Add(next);
                await PublishAsync(publisher, batch, stop);
            }
        }
    }

    /// <summary>As OutboxProcessor does: a batch handler gets the batch whole, any other one event at a time.</summary>
    private static async Task PublishAsync(IIntegrationEventHandler publisher, List<IntegrationEvent> batch, CancellationToken stop)
    {
        if (publisher is IBatchIntegrationEventHandler batchPublisher)
        {
            var outcomes = await batchPublisher.HandleBatchAsync(batch, stop);
            if (outcomes.FirstOrDefault(e => e is not null) is { } error) throw new InvalidOperationException("The broker refused an event.", error);
            return;
        }
        foreach (var integrationEvent in batch) await publisher.HandleAsync(integrationEvent, stop);
    }

    private static JsonElement OrderPayload(int n) =>
        JsonSerializer.SerializeToElement(new { orderId = Guid.NewGuid(), orderNumber = $"BENCH-{n:D6}", totalAmount = 12.5m, currency = "USD" });
}
