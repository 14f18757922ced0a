using System.Diagnostics;
using Marketplace.Bench;
using Marketplace.Bench.Baseline;
using Marketplace.Bench.Hosting;
using Marketplace.Bench.Load;
using Marketplace.Bench.Seeding;

// The benchmarks (bench/README.md). Board: seed a fresh database, then load the real API and a raw-SQL
// baseline over loopback HTTP with the same URLs, and print both and their ratio. Orders: PlaceOrder
// under contention on hot and on scarce listings, then a check that nothing was oversold. Outbox: how long
// events trail their commit on RabbitMQ, the batch publisher against a per-message-channel one.

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options.Scenario == "outbox") return await Marketplace.Bench.Outbox.OutboxLatencyBench.RunAsync(options);

ISeeder seeder = options.Provider == Provider.PostgreSql
    ? new PostgresSeeder(options.ConnectionString)
    : new SqliteSeeder(options.ConnectionString);
var logPath = Path.Combine(Path.GetTempPath(), $"marketplace-bench-api-{options.Provider.ToString().ToLowerInvariant()}.log");
File.Delete(logPath);

if (options.Scenario == "orders")
{
    Report.Step($"Recreating the {options.Provider} benchmark database");
    await seeder.RecreateDatabaseAsync();
    await using var orderApi = await ApiProcess.StartAsync(options, logPath);
    Report.Step($"API at {orderApi.BaseAddress} (pid {orderApi.Pid}); its log: {logPath}");
    return await Marketplace.Bench.Orders.OrderBench.RunAsync(options, orderApi);
}

if (options.ReuseDatabase)
{
    Report.Step("Reusing the database as a previous run left it (--reuse-database); analyzing");
}
else
{
    Report.Step($"Recreating the {options.Provider} benchmark database");
    try
    {
        await seeder.RecreateDatabaseAsync();
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine(e.Message);
        return 2;
    }

    Report.Step("Starting the API once so that its EF migrations create the schema");
    await (await ApiProcess.StartAsync(options, logPath)).DisposeAsync();

    var seeding = Stopwatch.StartNew();
    Report.Step($"Seeding {options.Listings:N0} listings");
    await seeder.SeedAsync(options.Listings, DateTimeOffset.UtcNow);
    Report.Step($"Seeded in {seeding.Elapsed.TotalSeconds:F1} s; analyzing");
}
await seeder.AnalyzeAsync();

Report.Step($"Starting the API (Production, {options.ApiDll}); its log: {logPath}");
await using var api = await ApiProcess.StartAsync(options, logPath);
await using var baseline = await BaselineServer.StartAsync(options, ApiProcess.FreeLoopbackPort());
Report.Step($"API at {api.BaseAddress} (pid {api.Pid}); baseline at {baseline.BaseAddress} (in this process)");

var problems = await Equivalence.CheckAsync(api.BaseAddress, baseline.BaseAddress);
if (problems.Count > 0)
{
    foreach (var problem in problems) Console.Error.WriteLine("Mismatch: " + problem);
    return 1;
}
Report.Step($"Both return the same listings in the same order for all {BoardQueries.Urls.Count} URLs");

Report.Step($"Loading the API: {options.Warmup.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured");
var (cpuBefore, machineBefore) = (0.0, default(CpuSnapshot));
var apiResult = await LoadDriver.RunAsync("api", api.BaseAddress, options.Connections, options.Warmup, options.Duration,
    beforeMeasuring: () => (cpuBefore, machineBefore) = (api.CpuSeconds(), CpuSampler.Take(api.Pid)));
apiResult = apiResult with { Cpu = CpuSampler.Between(machineBefore!, CpuSampler.Take(api.Pid)) };
var cpuMs = (api.CpuSeconds() - cpuBefore) * 1000;
var (peak, current) = api.Memory();
var footprint = new ApiFootprint(peak, current, cpuMs / Math.Max(1, apiResult.Requests));
await api.DisposeAsync(); // the baseline runs alone

Report.Step($"Loading the baseline: {options.Warmup.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured");
var baselineResult = await LoadDriver.RunAsync("baseline", baseline.BaseAddress, options.Connections, options.Warmup, options.Duration,
    beforeMeasuring: () => machineBefore = CpuSampler.Take(null));
baselineResult = baselineResult with { Cpu = CpuSampler.Between(machineBefore!, CpuSampler.Take(null)) };

Report.Results(options, apiResult, baselineResult, footprint);
return 0;
