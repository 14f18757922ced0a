using System.Globalization;
using Marketplace.Bench.Load;

namespace Marketplace.Bench;

/// <summary>Console output: one line per step, then per API run a table per shape, and the ratio against the baseline.</summary>
internal static class Report
{
    private static readonly CultureInfo I = CultureInfo.InvariantCulture;

    public static void Step(string message) =>
        Console.WriteLine(string.Create(I, $"[{DateTime.Now:HH:mm:ss}] {message}"));

    public static void Results(BenchOptions options, IReadOnlyList<BoardRequest> mix, IReadOnlyList<BoardRequest> filterOnly,
        IReadOnlyList<ApiRun> runs, LoadResult baseline)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(I,
            $"Board: GET {BoardMix.Path}, varied mix of {mix.Count:N0} requests ({mix.Select(r => r.Url).Distinct().Count():N0} distinct URLs)"));
        Console.WriteLine(string.Create(I,
            $"Provider {options.Provider}, {options.Listings:N0} listings, {options.Connections} connections, " +
            $"{options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s measured per load, {Environment.ProcessorCount} CPUs"));

        foreach (var run in runs)
        {
            Console.WriteLine();
            Console.WriteLine(string.Create(I, $"API, board cache {run.CacheSeconds} s: {Summary(run.Mix)}"));
            Console.WriteLine(string.Create(I,
                $"  peak RSS (VmHWM) {run.Footprint.PeakRssMiB:F0} MiB, RSS at end {run.Footprint.RssMiB:F0} MiB, CPU {run.Footprint.CpuMsPerRequest:F2} ms per request"));
            Console.WriteLine($"  CPU: {run.Mix.Cpu}");
            Console.WriteLine($"  {"shape",-20} {"requests",9} {"share",6} {"p50 ms",8} {"p99 ms",8}");
            foreach (var (shape, member) in Shapes)
            {
                var latencies = run.Mix.Samples.Where(s => member(mix[s.Url])).Select(s => s.Ms).Order().ToArray();
                if (latencies.Length == 0) continue;
                Console.WriteLine(string.Create(I,
                    $"  {shape,-20} {latencies.Length,9} {100.0 * latencies.Length / run.Mix.Samples.Count,5:F0}% {Percentile(latencies, 50),8:F2} {Percentile(latencies, 99),8:F2}"));
            }
            Console.WriteLine(string.Create(I,
                $"  bar (DESIGN.md §6): ≥ 900 req/s {Mark(run.Mix.RequestsPerSecond >= 900)}, p99 ≤ 50 ms {Mark(run.Mix.Percentile(99) <= 50)}, " +
                $"RSS < 300 MB {Mark(run.Footprint.PeakRssMiB * 1.048576 < 300)}, no errors {Mark(run.Mix.Errors == 0)}"));
        }

        var uncached = runs.First(r => r.CacheSeconds == 0);
        Console.WriteLine();
        Console.WriteLine(string.Create(I, $"Filter-only requests ({filterOnly.Count:N0} of the mix: no text, facets or geo; a column sort), cache off:"));
        Console.WriteLine(string.Create(I, $"  API      {Summary(uncached.FilterOnly!)}"));
        Console.WriteLine(string.Create(I, $"  baseline {Summary(baseline)}"));
        Console.WriteLine($"  CPU, baseline run: {baseline.Cpu}");
        Console.WriteLine(string.Create(I,
            $"Ratio API/baseline req/s: filter-only {uncached.FilterOnly!.RequestsPerSecond / baseline.RequestsPerSecond:F2}, " +
            $"whole mix (cache off) {uncached.Mix.RequestsPerSecond / baseline.RequestsPerSecond:F2}"));
    }

    /// <summary>The shapes a request is counted in: it may be in several (text with facets near a point, sorted by price).</summary>
    private static readonly (string Name, Func<BoardRequest, bool> Member)[] Shapes =
    [
        ("all", _ => true),
        ("text", r => r.Text),
        ("no text", r => !r.Text),
        ("facets", r => r.Facets),
        ("near (distance)", r => r.Near),
        ("filter-only", r => r.FilterOnly),
        ("sort=relevance", r => r.Sort == "relevance"),
        ("sort=newest", r => r.Sort == "newest"),
        ("sort=price", r => r.Sort == "price"),
        ("sort=-price", r => r.Sort == "-price"),
        ("sort=freshest", r => r.Sort == "freshest"),
        ("sort=distance", r => r.Sort == "distance"),
        ("sort=rating", r => r.Sort == "rating"),
    ];

    private static string Summary(LoadResult r) => string.Create(I,
        $"{r.Requests} requests, {r.Errors} errors, {r.RequestsPerSecond:F1} req/s, p50 {r.Percentile(50):F2} ms, p95 {r.Percentile(95):F2} ms, " +
        $"p99 {r.Percentile(99):F2} ms, max {r.Percentile(100):F2} ms, {r.AverageResponseBytes:F0} bytes/response");

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Mark(bool met) => met ? "met" : "NOT met";
}

/// <summary>The API process's memory and CPU over its measured run.</summary>
internal sealed record ApiFootprint(double PeakRssMiB, double RssMiB, double CpuMsPerRequest);

/// <summary>One API process: the mix with this cache setting, and (cache off) the filter-only requests alone.</summary>
internal sealed record ApiRun(int CacheSeconds, LoadResult Mix, LoadResult? FilterOnly, ApiFootprint Footprint);
