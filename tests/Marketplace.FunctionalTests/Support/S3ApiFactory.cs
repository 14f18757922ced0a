using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Marketplace.FunctionalTests.Support;

/// <summary>
/// The API storing images in S3, with s3rver (npm, installed in tests/tools by .ci/run) started by the test run
/// as the S3 server. Without s3rver installed the tests report themselves skipped, saying so.
/// </summary>
public sealed class S3ApiFactory : SqliteApiFactory
{
    public const string Bucket = "marketplace-test";
    private readonly Process? _s3rver;
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"marketplace-s3rver-{Guid.NewGuid():N}");

    public S3ApiFactory()
    {
        var executable = Path.Combine(RepositoryRoot(), "tests", "tools", "node_modules", ".bin", "s3rver");
        if (!File.Exists(executable)) return;
        Port = FreePort();
        Directory.CreateDirectory(_data);
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-d", _data, "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--configure-bucket", Bucket })
            start.ArgumentList.Add(arg);
        _s3rver = Process.Start(start);
        WaitForPort(Port, TimeSpan.FromSeconds(20));
    }

    public int Port { get; }
    public string ServiceUrl => $"http://127.0.0.1:{Port}";
    public override bool IsAvailable => _s3rver is { HasExited: false };
    public override string UnavailableReason => "s3rver is not installed: run `npm ci` in tests/tools (.ci/run does).";

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Storage:Provider"] = "S3",
        ["Marketplace:Storage:S3:Bucket"] = Bucket,
        ["Marketplace:Storage:S3:ServiceUrl"] = ServiceUrl,
        ["Marketplace:Storage:S3:AccessKey"] = "S3RVER",
        ["Marketplace:Storage:S3:SecretKey"] = "S3RVER",
    };

    /// <summary>The files s3rver keeps for the bucket's objects (one folder per object).</summary>
    public int StoredObjects() =>
        Directory.Exists(Path.Combine(_data, Bucket)) ? Directory.EnumerateFiles(Path.Combine(_data, Bucket), "*._S3rver_object", SearchOption.AllDirectories).Count() : 0;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_s3rver is { HasExited: false })
        {
            _s3rver.Kill(entireProcessTree: true);
            await _s3rver.WaitForExitAsync();
        }
        _s3rver?.Dispose();
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Marketplace.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Marketplace.sln not found above the test binaries.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitForPort(int port, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new TimeoutException($"s3rver did not listen on port {port} within {timeout.TotalSeconds} s.");
    }
}
