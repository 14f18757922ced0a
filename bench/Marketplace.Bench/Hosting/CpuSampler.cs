using System.Globalization;

namespace Marketplace.Bench.Hosting;

/// <summary>CPU ticks of the whole machine and of the processes taking part, at one instant (Linux /proc).</summary>
internal sealed record CpuSnapshot(long Total, long Busy, long Interrupts, long Api, long Bench, long Postgres);

/// <summary>Where the machine's CPU went during a phase, each as a share of all cores (100 % = every core busy).</summary>
internal sealed record CpuShare(double Busy, double Interrupts, double Api, double Bench, double Postgres)
{
    /// <summary>Everything else: other processes (a concurrent build shows here; then the run is not representative).</summary>
    public double Other => Math.Max(0, Busy - Interrupts - Api - Bench - Postgres);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"machine {Busy:F0}% busy: API {Api:F0}%, bench process {Bench:F0}%, PostgreSQL {Postgres:F0}%, " +
        $"kernel irq/softirq (loopback networking) {Interrupts:F0}%, other {Other:F0}%");
}

/// <summary>
/// Reads /proc so that a run can show whether the machine was quiet, and which process was the bottleneck.
/// The bench process holds both the load generator and the baseline server.
/// </summary>
internal static class CpuSampler
{
    public static CpuSnapshot Take(int? apiPid)
    {
        var fields = File.ReadLines("/proc/stat").First()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        var idle = fields[3] + fields[4]; // idle + iowait
        return new CpuSnapshot(total, total - idle, fields[5] + fields[6],
            apiPid is { } pid ? ProcessTicks(pid) : 0, ProcessTicks(Environment.ProcessId), PostgresTicks());
    }

    public static CpuShare Between(CpuSnapshot before, CpuSnapshot after)
    {
        double total = Math.Max(1, after.Total - before.Total);
        return new CpuShare(
            100 * (after.Busy - before.Busy) / total,
            100 * (after.Interrupts - before.Interrupts) / total,
            100 * (after.Api - before.Api) / total,
            100 * (after.Bench - before.Bench) / total,
            100 * (after.Postgres - before.Postgres) / total);
    }

    /// <summary>utime + stime of all the process's threads, in clock ticks (fields 14 and 15 of /proc/pid/stat).</summary>
    private static long ProcessTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var afterName = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(afterName[11], CultureInfo.InvariantCulture) + long.Parse(afterName[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // the process has exited
        }
    }

    private static long PostgresTicks()
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).TrimEnd() == "postgres") ticks += ProcessTicks(pid);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return ticks;
    }
}
