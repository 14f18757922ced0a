using System.Globalization;

namespace Marketplace.Bench;

internal enum Provider { PostgreSql, Sqlite }

/// <summary>Command-line flags; every one has a default so that a bare run measures the design's bar.</summary>
internal sealed record BenchOptions
{
    public Provider Provider { get; init; } = Provider.PostgreSql;
    public string ConnectionString { get; init; } = "";
    public int Listings { get; init; } = 100_000;
    public int Connections { get; init; } = 32;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);
    public string ApiDll { get; init; } = "";
    public bool LogSql { get; init; }
    public bool ReuseDatabase { get; init; }
    private bool ProviderGiven { get; init; }

    /// <summary>Outbox scenario: events committed per second, the dispatch loop's poll interval (the outbox's
    /// <c>Marketplace:EventBus:PollInterval</c> default) and its batch size (<c>BatchSize</c>).</summary>
    public int OrdersPerSecond { get; init; } = 15;
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
    public int BatchSize { get; init; } = 200;

    /// <summary>Outbox scenario: <c>publishers</c> (the transport alone, no database), <c>api</c> (orders through the
    /// built API, poll-only dispatcher against one woken on commit) or <c>both</c>.</summary>
    public string OutboxPart { get; init; } = "both";

    /// <summary><c>board</c> (the produce board against a raw-SQL baseline), <c>orders</c> (PlaceOrder under contention)
    /// or <c>outbox</c> (commit-to-publish latency on RabbitMQ, batch publisher against a per-message channel).</summary>
    public string Scenario { get; init; } = "board";

    /// <summary>The API's <c>Marketplace:Board:CacheSeconds</c> in the board's cache-on run (the cache-off run uses 0).</summary>
    public int BoardCacheSeconds { get; init; } = 5;

    /// <summary>Board: how many requests the varied mix holds (each worker walks its own stride of them).</summary>
    public int MixSize { get; init; } = 200_000;

    public const string Usage = """
        Usage: dotnet bench/Marketplace.Bench/bin/Release/net10.0/Marketplace.Bench.dll [flags]
          --scenario board|orders|outbox  the board against a raw-SQL baseline (default), PlaceOrder under contention,
                                       or commit-to-publish latency on RabbitMQ ($MARKETPLACE_TEST_RABBITMQ)
          --provider postgres|sqlite   database (default postgres)
          --connection <string>        connection string; postgres defaults to $MARKETPLACE_BENCH_POSTGRES,
                                       sqlite to a file in the temp folder. The database is DROPPED and recreated,
                                       so its name (or file name) must contain "bench".
          --listings N                 listings to seed (default 100000)
          --connections N              concurrent HTTP connections (default 32)
          --duration S                 measured seconds per target (default 20)
          --warmup S                   warm-up seconds per target, not measured (default 5)
          --api-dll <path>             the built API (default src/Marketplace.Api/bin/Release/net10.0/Marketplace.Api.dll)
          --log-sql                    log the SQL EF sends (Information) to the API's log file
          --board-cache-seconds N      board: the cache-on run's TTL (default 5, the API's default); the cache-off run uses 0
          --mix-size N                 board: requests in the varied mix (default 200000)
          --rate N                     outbox: orders committed per second (default 15)
          --poll-ms N                  outbox: dispatch poll interval in ms (default 1000, as the outbox)
          --batch-size N               outbox: events per batch (default 200, as the outbox)
          --outbox-part publishers|api|both  outbox: the publishers alone, orders through the built API
                                       (poll only against woken on commit; --provider, default sqlite here), or both (default)
          --reuse-database             skip recreating and seeding: measure the database a previous run left
                                       (e.g. after trying an index by hand); it is still analyzed
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        string? connection = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--provider" => options with { Provider = ParseProvider(Next()), ProviderGiven = true },
                "--connection" => options with { ConnectionString = connection = Next() },
                "--listings" => options with { Listings = PositiveInt(Next()) },
                "--connections" => options with { Connections = PositiveInt(Next()) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(PositiveInt(Next())) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(NonNegativeInt(Next())) },
                "--api-dll" => options with { ApiDll = Path.GetFullPath(Next()) },
                "--log-sql" => options with { LogSql = true },
                "--reuse-database" => options with { ReuseDatabase = true },
                "--board-cache-seconds" => options with { BoardCacheSeconds = PositiveInt(Next()) },
                "--mix-size" => options with { MixSize = PositiveInt(Next()) },
                "--rate" => options with { OrdersPerSecond = PositiveInt(Next()) },
                "--poll-ms" => options with { PollInterval = TimeSpan.FromMilliseconds(PositiveInt(Next())) },
                "--batch-size" => options with { BatchSize = PositiveInt(Next()) },
                "--outbox-part" => options with { OutboxPart = ParseOutboxPart(Next()) },
                "--scenario" => options with { Scenario = ParseScenario(Next()) },
                _ => throw new ArgumentException($"Unknown flag '{args[i]}'."),
            };
        }

        // The outbox scenario's publishers use no database; through the API it is SQLite unless --provider says otherwise.
        if (options.Scenario == "outbox" && options.OutboxPart == "publishers") return options;
        if (options.Scenario == "outbox" && !options.ProviderGiven) options = options with { Provider = Provider.Sqlite };
        options = options with { ConnectionString = connection ?? DefaultConnection(options.Provider) };
        if (options.ApiDll.Length == 0)
            options = options with { ApiDll = Path.Combine(RepositoryRoot(), "src", "Marketplace.Api", "bin", "Release", "net10.0", "Marketplace.Api.dll") };
        return options;
    }

    private static string ParseOutboxPart(string value) =>
        value is "publishers" or "api" or "both" ? value : throw new ArgumentException("--outbox-part is publishers, api or both.");

    private static string ParseScenario(string value) =>
        value is "board" or "orders" or "outbox" ? value : throw new ArgumentException("--scenario is board, orders or outbox.");

    private static Provider ParseProvider(string value) => value.ToLowerInvariant() switch
    {
        "postgres" or "postgresql" => Provider.PostgreSql,
        "sqlite" => Provider.Sqlite,
        _ => throw new ArgumentException($"Unknown provider '{value}': use postgres or sqlite."),
    };

    private static int PositiveInt(string value) =>
        NonNegativeInt(value) is > 0 and var n ? n : throw new ArgumentException($"'{value}' is not a positive integer.");

    private static int NonNegativeInt(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n : throw new ArgumentException($"'{value}' is not a non-negative integer.");

    /// <summary>The benchmark drops what it is pointed at, so it only accepts names that say they are for it.</summary>
    public static void RequireBenchName(string name)
    {
        if (!name.Contains("bench", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"Refusing to drop '{name}': the benchmark database's name must contain 'bench'.");
    }

    private static string DefaultConnection(Provider provider) => provider switch
    {
        Provider.PostgreSql => Environment.GetEnvironmentVariable("MARKETPLACE_BENCH_POSTGRES")
            ?? throw new ArgumentException("Pass --connection or set MARKETPLACE_BENCH_POSTGRES for PostgreSQL."),
        _ => $"Data Source={Path.Combine(Path.GetTempPath(), "marketplace-bench.sqlite")}",
    };

    /// <summary>The folder holding Marketplace.sln, searched upwards from the working directory, then from this binary.</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find Marketplace.sln; pass --api-dll.");
    }
}
