using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marketplace.Bench.Hosting;

namespace Marketplace.Bench.Orders;

/// <summary>
/// PlaceOrder under contention (bench/README.md): 64 buyers on 10 hot listings with plenty of stock, then on
/// 10 listings with too little; afterwards every listing is checked: never oversold, ledger equal to stock.
/// </summary>
internal static class OrderBench
{
    private const string BasePath = ApiCalls.BasePath;
    private const int Buyers = 64;
    private const int ScarceStock = 20;

    public static async Task<int> RunAsync(BenchOptions options, ApiProcess api)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Buyers + 4, UseProxy = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var grower = BenchTokens.For("bench-grower", "grower");
        await ApiCalls.Send(client, HttpMethod.Put, "/users/me/grower-profile", grower,
            new { farmName = "Bench Farm", city = "Salinas", state = "CA", postalCode = "93901" });
        var hot = await CreateListingsAsync(client, grower, "Hot lettuce", 10, stock: 1_000_000);
        var scarce = await CreateListingsAsync(client, grower, "Scarce basil", 10, stock: ScarceStock);
        var buyers = Enumerable.Range(0, Buyers).Select(i => BenchTokens.For($"bench-buyer-{i}", "buyer")).ToList();

        Report.Step($"Warm-up: {options.Warmup.TotalSeconds:0} s of orders on the hot listings");
        var warm = await OrderLoad.RunAsync("warm-up", client, BasePath, buyers, hot, options.Warmup, stopWhenAllRefuse: false);
        Report.Step($"Hot: {Buyers} buyers on 10 listings for {options.Duration.TotalSeconds:0} s");
        var hotPhase = await OrderLoad.RunAsync("hot", client, BasePath, buyers, hot, options.Duration, stopWhenAllRefuse: false);
        Report.Step($"Scarce: {Buyers} buyers on 10 listings of {ScarceStock} units until all refuse");
        var scarcePhase = await OrderLoad.RunAsync("scarce", client, BasePath, buyers, scarce, TimeSpan.FromSeconds(60), stopWhenAllRefuse: true);

        var expected = hot.ToDictionary(id => id, id => Count(warm, id) + Count(hotPhase, id));
        foreach (var id in scarce) expected[id] = Count(scarcePhase, id);
        var problems = new List<string>();
        foreach (var (id, orders) in expected) problems.AddRange(await VerifyAsync(client, grower, id, orders, scarce.Contains(id)));

        PrintResults(hotPhase, scarcePhase, problems, api);
        return problems.Count == 0 ? 0 : 1;
    }

    private static int Count(OrderPhase phase, string id) => phase.CreatedByListing.TryGetValue(id, out var n) ? n : 0;

    private static async Task<List<string>> CreateListingsAsync(HttpClient client, string grower, string title, int count, int stock)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var body = new
            {
                title = $"{title} {i}", category = "leafy-greens", productType = "lettuce", growingMethod = "hydroponic", grade = "a",
                unit = "case", unitPrice = new { amount = 2450, currency = "USD" }, quantityAvailable = stock, minimumOrderQuantity = 1,
                harvestDate = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
                delivery = new { pickup = true, delivery = false },
                location = new { city = "Salinas", state = "CA", postalCode = "93901", latitude = 36.67, longitude = -121.65 },
            };
            var id = (await ApiCalls.Send(client, HttpMethod.Post, "/listings", grower, body))["id"]!.GetValue<string>();
            await ApiCalls.Send(client, HttpMethod.Post, $"/listings/{id}/publish", grower, null);
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>Stock equals the orders that succeeded; the ledger's reservations equal both; nothing is oversold.</summary>
    private static async Task<IEnumerable<string>> VerifyAsync(HttpClient client, string grower, string id, int orders, bool scarce)
    {
        var problems = new List<string>();
        var stock = (await ApiCalls.Send(client, HttpMethod.Get, $"/listings/{id}", grower, null))["stock"]!;
        var reserved = stock["reserved"]!.GetValue<decimal>();
        var available = stock["available"]!.GetValue<decimal>();
        if (reserved != orders) problems.Add($"{id}: {orders} orders succeeded but {reserved} is reserved");
        if (available < 0) problems.Add($"{id}: oversold, available {available}");
        if (scarce && orders != ScarceStock) problems.Add($"{id}: {orders} orders for {ScarceStock} units");

        var reservations = 0;
        decimal? lastReservedAfter = null;
        string? cursor = null;
        do
        {
            var page = await ApiCalls.Send(client, HttpMethod.Get, $"/listings/{id}/stock-movements?limit=100" + (cursor is null ? "" : $"&cursor={cursor}"), grower, null);
            foreach (var line in page["items"]!.AsArray())
            {
                lastReservedAfter ??= line!["reservedAfter"]!.GetValue<decimal>();
                if (line!["kind"]!.GetValue<string>() == "reserved") reservations++;
            }
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);
        if (reservations != orders || lastReservedAfter != reserved)
            problems.Add($"{id}: ledger has {reservations} reservations ending at {lastReservedAfter}, stock says {reserved}");
        return problems;
    }

    private static void PrintResults(OrderPhase hot, OrderPhase scarce, List<string> problems, ApiProcess api)
    {
        Console.WriteLine();
        Console.WriteLine($"PlaceOrder, {Buyers} concurrent buyers, one-unit pickup orders");
        Console.WriteLine($"{"phase",-8} {"orders",8} {"409",6} {"errors",7} {"orders/s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var phase in new[] { hot, scarce })
        {
            var l = phase.Load;
            Console.WriteLine($"{phase.Name,-8} {phase.CreatedByListing.Values.Sum(),8} {phase.Refused,6} {l.Errors,7} {phase.OrdersPerSecond,9:F1} " +
                $"{l.Percentile(50),8:F2} {l.Percentile(95),8:F2} {l.Percentile(99),8:F2} {l.Percentile(100),8:F2}");
        }
        var (peak, _) = api.Memory();
        Console.WriteLine($"API peak RSS {peak:F0} MiB");
        Console.WriteLine(problems.Count == 0
            ? "Verified: no listing oversold; every listing's reserved stock equals its successful orders and its ledger."
            : "PROBLEMS:\n  " + string.Join("\n  ", problems));
        Console.WriteLine($"Bar: ≥ 300 orders/s on the hot listings {(hot.OrdersPerSecond >= 300 ? "met" : "NOT met")}");
    }
}
