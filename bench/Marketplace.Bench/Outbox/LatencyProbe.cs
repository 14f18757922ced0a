using System.Collections.Concurrent;
using System.Diagnostics;
using Marketplace.Infrastructure.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Marketplace.Bench.Outbox;

/// <summary>Per-event latencies in milliseconds from commit to arrival on the bound queue.</summary>
internal sealed record LatencyResult(string Name, double[] Sorted, int Lost)
{
    public int Received => Sorted.Length;

    public double P(double percentile) => Sorted.Length == 0
        ? double.NaN
        : Sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * Sorted.Length) - 1, 0, Sorted.Length - 1)];
}

/// <summary>
/// A queue of its own bound to <c>marketplace.events</c> for one event type; it stamps each arrival against the
/// commit stamp of the same id (by default the message id), on one monotonic clock in this process.
/// </summary>
internal sealed class LatencyProbe : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, long> _committed = new();
    private readonly ConcurrentDictionary<Guid, long> _arrived = new();
    private IChannel _channel = null!;

    public static async Task<LatencyProbe> StartAsync(RabbitMqConnection connection, string bindingKey = "bench.#",
        Func<BasicDeliverEventArgs, Guid?>? idOf = null)
    {
        idOf ??= delivery => Guid.TryParse(delivery.BasicProperties.MessageId, out var messageId) ? messageId : null;
        var probe = new LatencyProbe();
        var open = await connection.GetAsync(CancellationToken.None);
        probe._channel = await open.CreateChannelAsync();
        await probe._channel.ExchangeDeclareAsync(RabbitMqConnection.OutboundExchange, ExchangeType.Topic, durable: true, autoDelete: false);
        var queue = await probe._channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await probe._channel.QueueBindAsync(queue.QueueName, RabbitMqConnection.OutboundExchange, bindingKey);
        var consumer = new AsyncEventingBasicConsumer(probe._channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var stamp = Stopwatch.GetTimestamp();
            if (idOf(delivery) is { } id) probe._arrived.TryAdd(id, stamp);
            return Task.CompletedTask;
        };
        await probe._channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return probe;
    }

    public void Committed(Guid id) => _committed[id] = Stopwatch.GetTimestamp();

    /// <summary>An id learnt after the fact (an order's id comes with its 201), stamped at an earlier moment.</summary>
    public void Committed(Guid id, long stamp) => _committed[id] = stamp;

    public bool AllArrived(IReadOnlyList<Guid> ids) => ids.All(_arrived.ContainsKey);

    public LatencyResult Collect(string name, IReadOnlyList<Guid> ids) => Collect(name, ids, _committed);

    /// <summary>Latencies from other start stamps of the same ids (negative when the event arrived first).</summary>
    public LatencyResult Collect(string name, IReadOnlyList<Guid> ids, IReadOnlyDictionary<Guid, long> starts)
    {
        var latencies = new List<double>(ids.Count);
        foreach (var id in ids)
        {
            if (_arrived.TryGetValue(id, out var arrived))
                latencies.Add((arrived - starts[id]) * 1000.0 / Stopwatch.Frequency);
        }
        latencies.Sort();
        return new LatencyResult(name, [.. latencies], ids.Count - latencies.Count);
    }

    public async ValueTask DisposeAsync() => await _channel.DisposeAsync();
}
