using System.Diagnostics;
using Marketplace.Bench;
using Marketplace.Bench.Baseline;
using Marketplace.Bench.Hosting;
using Marketplace.Bench.Load;
using Marketplace.Bench.Seeding;

// The benchmarks (bench/README.md). Board: seed a fresh database, then load the real API with a varied mix of board
// requests (board cache off, then on), and a raw-SQL baseline with the mix's filter-only requests, over loopback HTTP;
// print latency per shape and the ratio against the baseline. Orders: PlaceOrder
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

var mix = BoardMix.Generate(options.MixSize);
var mixUrls = mix.Select(r => r.Url).ToList();
var filterOnly = mix.Where(r => r.FilterOnly).ToList();
var filterOnlyUrls = filterOnly.Select(r => r.Url).ToList();
Report.Step($"Mix: {mix.Count:N0} requests, {mixUrls.Distinct().Count():N0} distinct URLs; {filterOnly.Count:N0} filter-only (no text, facets or geo) for the baseline");

await using var baseline = await BaselineServer.StartAsync(options, ApiProcess.FreeLoopbackPort());
var runs = new List<ApiRun>();
// The board cache off (every request reaches the engine), then on at the API's default TTL.
foreach (var cacheSeconds in new[] { 0, options.BoardCacheSeconds })
{
    var runOptions = options with { BoardCacheSeconds = cacheSeconds };
    Report.Step($"Starting the API (Production, board cache {cacheSeconds} s, {options.ApiDll}); its log: {logPath}");
    await using var api = await ApiProcess.StartAsync(runOptions, logPath);
    Report.Step($"API at {api.BaseAddress} (pid {api.Pid}); baseline at {baseline.BaseAddress} (in this process)");
    if (cacheSeconds == 0)
    {
        var problems = await Equivalence.CheckAsync(api.BaseAddress, baseline.BaseAddress, mix);
        if (problems.Count > 0)
        {
            foreach (var problem in problems) Console.Error.WriteLine("Mismatch: " + problem);
            return 1;
        }
        Report.Step("Both return the same listings in the same order for the sampled filter-only URLs; the sampled mix answers 200");
    }

    Report.Step($"Loading the API with the mix: {options.Warmup.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured");
    var machineBefore = default(CpuSnapshot);
    var cpuBefore = 0.0;
    var mixResult = await LoadDriver.RunAsync($"api mix, cache {cacheSeconds} s", api.BaseAddress, mixUrls, options.Connections, options.Warmup,
        options.Duration, beforeMeasuring: () => (cpuBefore, machineBefore) = (api.CpuSeconds(), CpuSampler.Take(api.Pid)));
    mixResult = mixResult with { Cpu = CpuSampler.Between(machineBefore!, CpuSampler.Take(api.Pid)) };
    var cpuMs = (api.CpuSeconds() - cpuBefore) * 1000;

    LoadResult? subsetResult = null;
    if (cacheSeconds == 0)
    {
        Report.Step($"Loading the API with the filter-only requests: {options.Warmup.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured");
        subsetResult = await LoadDriver.RunAsync("api filter-only", api.BaseAddress, filterOnlyUrls, options.Connections, options.Warmup, options.Duration);
    }
    var (peak, current) = api.Memory();
    runs.Add(new ApiRun(cacheSeconds, mixResult, subsetResult, new ApiFootprint(peak, current, cpuMs / Math.Max(1, mixResult.Requests))));
}

Report.Step($"Loading the baseline with the filter-only requests: {options.Warmup.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured");
var baselineBefore = CpuSampler.Take(null);
var baselineResult = await LoadDriver.RunAsync("baseline filter-only", baseline.BaseAddress, filterOnlyUrls, options.Connections, options.Warmup, options.Duration,
    beforeMeasuring: () => baselineBefore = CpuSampler.Take(null));
baselineResult = baselineResult with { Cpu = CpuSampler.Between(baselineBefore, CpuSampler.Take(null)) };

Report.Results(options, mix, filterOnly, runs, baselineResult);
return 0;
