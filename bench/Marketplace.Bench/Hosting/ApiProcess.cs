using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Marketplace.Bench.Hosting;

/// <summary>
/// The real, built Marketplace.Api as a child process on a loopback Kestrel port, in the Production
/// environment, with its output appended to a log file. Only this process is ever stopped, by its own id.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private bool stopped;

    public Uri BaseAddress { get; }
    public int Pid => process.Id;
    public string LogPath { get; }

    private ApiProcess(Process process, StreamWriter log, Uri baseAddress, string logPath)
    {
        (this.process, this.log, BaseAddress, LogPath) = (process, log, baseAddress, logPath);
    }

    public static async Task<ApiProcess> StartAsync(BenchOptions options, string logPath, IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists(options.ApiDll))
            throw new FileNotFoundException($"Build the API first: dotnet build -c Release ({options.ApiDll} is missing).");
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(options.ApiDll)!, // the content root, where appsettings.json is
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { options.ApiDll, "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(arg);
        foreach (var (key, value) in Environment(options)) start.Environment[key] = value;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the API.");
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var api = new ApiProcess(process, log, new Uri($"http://127.0.0.1:{port}"), logPath);
        await api.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        return api;
    }

    private static Dictionary<string, string> Environment(BenchOptions options) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Marketplace"] = options.ConnectionString,
        ["Marketplace__Database__Provider"] = options.Provider == Provider.PostgreSql ? "PostgreSql" : "Sqlite",
        ["Marketplace__Database__MigrateOnStartup"] = "true",
        ["Marketplace__DemoData__Seed"] = "false",
        ["Marketplace__RateLimits__Enabled"] = "false", // the load comes from one client on purpose
        ["Marketplace__Board__CacheSeconds"] = options.BoardCacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Marketplace__Auth__VibeLux__SigningKey"] = "bench-only-signing-key-not-a-secret-0123456789",
        ["Marketplace__Payments__Provider"] = "Simulated", // outside Development the provider must be named
        ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = options.LogSql ? "Information" : "Warning",
    };

    /// <summary>Peak and current resident set size from /proc, in MiB.</summary>
    public (double PeakMiB, double CurrentMiB) Memory() => ProcStatus.Memory(process.Id);

    /// <summary>CPU seconds (user + system) the API process has used so far.</summary>
    public double CpuSeconds()
    {
        process.Refresh();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The API exited with code {process.ExitCode}; see {LogPath}.");
            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The API was not ready within {timeout.TotalSeconds} s; see {LogPath}.");
    }

    /// <summary>Stops the API (SIGKILL to this child's own pid; it only serves reads by then). Safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (stopped) return;
        stopped = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        await log.DisposeAsync();
    }

    private static void Append(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log) log.WriteLine(line);
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

internal static class ProcStatus
{
    /// <summary>VmHWM (peak RSS) and VmRSS of a process, in MiB, from /proc/&lt;pid&gt;/status.</summary>
    public static (double PeakMiB, double CurrentMiB) Memory(int pid)
    {
        double peak = 0, current = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kib(line) / 1024;
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) current = Kib(line) / 1024;
        }
        return (peak, current);
    }

    private static double Kib(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
}
