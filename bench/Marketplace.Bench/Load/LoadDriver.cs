using System.Diagnostics;
using System.Net;
using Marketplace.Bench.Hosting;

namespace Marketplace.Bench.Load;

/// <summary>What one measured run against one target produced.</summary>
internal sealed record LoadResult(string Target, long Requests, long Errors, TimeSpan Elapsed, double[] SortedLatenciesMs, long ResponseBytes)
{
    /// <summary>Where the machine's CPU went during the measured phase.</summary>
    public CpuShare? Cpu { get; init; }

    /// <summary>Each measured request: which of the URLs it was and how long it took.</summary>
    public IReadOnlyList<(int Url, double Ms)> Samples { get; init; } = [];

    /// <summary>Successful (200) responses per second.</summary>
    public double RequestsPerSecond => (Requests - Errors) / Elapsed.TotalSeconds;
    public double AverageResponseBytes => Requests == Errors ? 0 : (double)ResponseBytes / (Requests - Errors);

    public double Percentile(double p) => SortedLatenciesMs.Length == 0
        ? double.NaN
        : SortedLatenciesMs[Math.Clamp((int)Math.Ceiling(p / 100 * SortedLatenciesMs.Length) - 1, 0, SortedLatenciesMs.Length - 1)];
}

/// <summary>
/// A closed-loop load generator: N workers, each with its own keep-alive connection, send the given URLs in turn
/// for a fixed time (worker w starts at URL w and steps by N, so no two workers send the same URL until the list
/// wraps). A warm-up phase of the same loop, on URLs from the end of the list, runs first and is not counted.
/// </summary>
internal static class LoadDriver
{
    public static async Task<LoadResult> RunAsync(string target, Uri baseAddress, IReadOnlyList<Uri> urls, int connections, TimeSpan warmup,
        TimeSpan duration, Action? beforeMeasuring = null)
    {
        if (!IPAddress.IsLoopback(IPAddress.Parse(baseAddress.Host)))
            throw new ArgumentException($"Refusing to load a non-loopback address: {baseAddress}.");
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

        if (warmup > TimeSpan.Zero) await MeasureAsync(target, client, urls, connections, warmup, start: urls.Count / 2);
        beforeMeasuring?.Invoke();
        return await MeasureAsync(target, client, urls, connections, duration, start: 0);
    }

    private static async Task<LoadResult> MeasureAsync(string target, HttpClient client, IReadOnlyList<Uri> urls, int connections,
        TimeSpan duration, int start)
    {
        var workers = new Worker[connections];
        var clock = Stopwatch.StartNew();
        var deadline = duration;
        var tasks = new Task[connections];
        for (var w = 0; w < connections; w++)
        {
            var worker = workers[w] = new Worker(start + w, connections);
            tasks[w] = Task.Run(() => worker.LoopAsync(client, urls, clock, deadline));
        }
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed;

        var samples = workers.SelectMany(w => w.Samples).ToList();
        var latencies = samples.Select(s => s.Ms).ToArray();
        Array.Sort(latencies);
        return new LoadResult(target, latencies.Length, workers.Sum(w => w.Errors), elapsed, latencies, workers.Sum(w => w.Bytes)) { Samples = samples };
    }

    private sealed class Worker(int first, int step)
    {
        public List<(int Url, double Ms)> Samples { get; } = new(capacity: 1 << 14);
        public long Errors { get; private set; }
        public long Bytes { get; private set; }

        /// <summary>Bounded: stops at the deadline; every request is awaited before the next one starts.</summary>
        public async Task LoopAsync(HttpClient client, IReadOnlyList<Uri> urls, Stopwatch clock, TimeSpan deadline)
        {
            var next = first;
            while (clock.Elapsed < deadline)
            {
                var index = next % urls.Count;
                next += step;
                var url = urls[index];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode == HttpStatusCode.OK) Bytes += body.Length;
                    else Errors++;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Errors++;
                }
                Samples.Add((index, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            }
        }
    }
}
