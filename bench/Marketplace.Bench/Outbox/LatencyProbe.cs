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
/// A queue of its own bound to <c>marketplace.events</c> for the bench's event type; it stamps each arrival against
/// the commit stamp of the same message id, on one monotonic clock in this process.
/// </summary>
internal sealed class LatencyProbe : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, long> _committed = new();
    private readonly ConcurrentDictionary<Guid, long> _arrived = new();
    private IChannel _channel = null!;

    public static async Task<LatencyProbe> StartAsync(RabbitMqConnection connection)
    {
        var probe = new LatencyProbe();
        var open = await connection.GetAsync(CancellationToken.None);
        probe._channel = await open.CreateChannelAsync();
        await probe._channel.ExchangeDeclareAsync(RabbitMqConnection.OutboundExchange, ExchangeType.Topic, durable: true, autoDelete: false);
        var queue = await probe._channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await probe._channel.QueueBindAsync(queue.QueueName, RabbitMqConnection.OutboundExchange, "bench.#");
        var consumer = new AsyncEventingBasicConsumer(probe._channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var stamp = Stopwatch.GetTimestamp();
            if (Guid.TryParse(delivery.BasicProperties.MessageId, out var id)) probe._arrived.TryAdd(id, stamp);
            return Task.CompletedTask;
        };
        await probe._channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return probe;
    }

    public void Committed(Guid id) => _committed[id] = Stopwatch.GetTimestamp();

    public bool AllArrived(IReadOnlyList<Guid> ids) => ids.All(_arrived.ContainsKey);

    public LatencyResult Collect(string name, IReadOnlyList<Guid> ids)
    {
        var latencies = new List<double>(ids.Count);
        foreach (var id in ids)
        {
            if (_arrived.TryGetValue(id, out var arrived))
                latencies.Add(Stopwatch.GetElapsedTime(_committed[id], arrived).TotalMilliseconds);
        }
        latencies.Sort();
        return new LatencyResult(name, [.. latencies], ids.Count - latencies.Count);
    }

    public async ValueTask DisposeAsync() => await _channel.DisposeAsync();
}
