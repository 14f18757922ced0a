using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>
/// The built API run as a process of its own on a free loopback port, as an operator runs it: killed with
/// SIGKILL, it gets no chance to clean up. Its output goes to a log file that a failing test shows.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, Uri address, string logFile)
    {
        _process = process;
        Address = address;
        LogFile = logFile;
    }

    public Uri Address { get; }
    public string LogFile { get; }
    public bool HasExited => _process.HasExited;

    public static async Task<ApiProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var folder = ApiFolder();
        var logFile = Path.Combine(Path.GetTempPath(), $"marketplace-{name}-{Guid.NewGuid():N}.log");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Marketplace.Api.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        foreach (var (key, value) in settings) start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var log = new StreamWriter(logFile) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new ApiProcess(process, address, logFile);
        await api.WaitUntilReadyAsync();
        return api;
    }

    /// <summary>SIGKILL, no shutdown hooks: what a crashed host or an OOM kill leaves behind.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public string Log()
    {
        try
        {
            var lines = File.ReadAllLines(LogFile);
            return string.Join('\n', lines.TakeLast(60));
        }
        catch (IOException)
        {
            return "(log not readable)";
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The API exited at start-up:\n{Log()}");
            try
            {
                var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy migrating.
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"The API never became ready:\n{Log()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The API project's own build output for this configuration (it has the API's appsettings).</summary>
    private static string ApiFolder()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Marketplace.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("The repository root (Marketplace.sln) was not found above the test output.");
        var folder = Path.Combine(root.FullName, "src", "Marketplace.Api", "bin", configuration, framework);
        if (!File.Exists(Path.Combine(folder, "Marketplace.Api.dll"))) throw new InvalidOperationException($"The API is not built in {folder}.");
        return folder;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
