using System.Globalization;
using Marketplace.Bench.Load;

namespace Marketplace.Bench;

/// <summary>Console output: one line per step, then a table of both runs and their ratio.</summary>
internal static class Report
{
    public static void Step(string message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.Now:HH:mm:ss}] {message}"));

    public static void Results(BenchOptions options, LoadResult api, LoadResult baseline, ApiFootprint footprint)
    {
        var i = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(i,
            $"Board: GET {BoardQueries.Path}?q=…&category=…&certification=…&sort=price&limit=20 ({BoardQueries.Urls.Count} variants)"));
        Console.WriteLine(string.Create(i,
            $"Provider {options.Provider}, {options.Listings:N0} listings, {options.Connections} connections, " +
            $"{options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s measured per target, {Environment.ProcessorCount} CPUs"));
        Console.WriteLine();
        Console.WriteLine($"{"target",-10} {"requests",9} {"errors",7} {"req/s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"bytes/resp",10}");
        foreach (var r in new[] { api, baseline })
        {
            Console.WriteLine(string.Create(i,
                $"{r.Target,-10} {r.Requests,9} {r.Errors,7} {r.RequestsPerSecond,9:F1} {r.Percentile(50),8:F2} {r.Percentile(95),8:F2} " +
                $"{r.Percentile(99),8:F2} {r.Percentile(100),8:F2} {r.AverageResponseBytes,10:F0}"));
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(i,
            $"API process: peak RSS (VmHWM) {footprint.PeakRssMiB:F0} MiB, RSS at end {footprint.RssMiB:F0} MiB, " +
            $"CPU {footprint.CpuMsPerRequest:F2} ms per request"));
        Console.WriteLine($"CPU, API run:      {api.Cpu}");
        Console.WriteLine($"CPU, baseline run: {baseline.Cpu}");
        Console.WriteLine(string.Create(i, $"Ratio API/baseline req/s: {api.RequestsPerSecond / baseline.RequestsPerSecond:F2}"));
        Console.WriteLine(string.Create(i,
            $"Bar (DESIGN.md §6): ≥ 900 req/s {Mark(api.RequestsPerSecond >= 900)}, p99 ≤ 50 ms {Mark(api.Percentile(99) <= 50)}, " +
            $"RSS < 300 MB {Mark(footprint.PeakRssMiB * 1.048576 < 300)}, no errors {Mark(api.Errors == 0)}"));
    }

    private static string Mark(bool met) => met ? "met" : "NOT met";
}

/// <summary>The API process's memory and CPU over its measured run.</summary>
internal sealed record ApiFootprint(double PeakRssMiB, double RssMiB, double CpuMsPerRequest);
