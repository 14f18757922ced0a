using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Messaging;
using Marketplace.FunctionalTests.Support;
using Npgsql;
using RabbitMQ.Client;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>
/// Two complete API processes on one PostgreSQL database with the RabbitMQ transport; buyers race for scarce
/// stock across both; one host is killed (SIGKILL) mid-run and a fresh one started on the same database. What
/// the marketplace promises must still hold afterwards: stock, ledger, answers, keys and events.
/// The test shares the PostgreSQL server with the other PostgreSQL tests, so it runs in their collection, one at a time.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoHostsTests : IAsyncLifetime
{
    private const int Listings = 5;
    private const int StockPerListing = 30;
    private const int Buyers = 40;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly string _queue = $"marketplace-two-hosts-{Guid.NewGuid():N}";
    private readonly List<ApiProcess> _hosts = [];
    private string? _database;

    private static string? Postgres => System.Environment.GetEnvironmentVariable(PostgresApiFactory.Variable);
    private static string? Rabbit => RabbitMqApiFactory.ConnectionString;

    public async Task InitializeAsync()
    {
        Skip.If(string.IsNullOrWhiteSpace(Postgres) || string.IsNullOrWhiteSpace(Rabbit),
            $"{PostgresApiFactory.Variable} and {RabbitMqApiFactory.Variable} must both be set; .ci/run sets them.");
        _database = await CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        if (_database is null) return;
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [SkippableFact]
    public async Task BuyersRaceAcrossTwoHosts_OneKilledMidRun_StockKeysAndEventsStayExact()
    {
        await using var broker = await new ConnectionFactory { Uri = new Uri(Rabbit!) }.CreateConnectionAsync();
        await using var channel = await broker.CreateChannelAsync();
        await channel.ExchangeDeclareAsync("marketplace.events", ExchangeType.Topic, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(_queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(_queue, "marketplace.events", "order.placed");
        try
        {
            await RunAsync(channel);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{e}\n\n{Diagnose()}");
        }
        finally
        {
            await channel.QueueDeleteAsync(_queue);
        }
    }

    private async Task RunAsync(IChannel channel)
    {
        var first = await StartHostAsync("a"); // migrates the database before the second host starts
        var second = await StartHostAsync("b");
        var live = new LiveHosts(first, second);

        var grower = Client(first, TestTokens.For("race-grower", "grower"));
        await Expect(await grower.PutAsync("users/me/grower-profile", Json(new JsonObject
        {
            ["farmName"] = "Race Farm", ["city"] = "Salinas", ["state"] = "CA", ["postalCode"] = "93901",
            ["latitude"] = 36.67, ["longitude"] = -121.65, ["growingMethods"] = new JsonArray("hydroponic"),
        })), HttpStatusCode.OK);
        var listingIds = new List<string>();
        for (var i = 0; i < Listings; i++)
        {
            var body = Bodies.Listing($"Scarce basil {i}");
            body["quantityAvailable"] = StockPerListing;
            body["minimumOrderQuantity"] = 1;
            var listing = await Expect(await grower.PostAsync("listings", Json(body)), HttpStatusCode.Created);
            var id = listing["id"]!.GetValue<string>();
            await Expect(await grower.PostAsync($"listings/{id}/publish", null), HttpStatusCode.OK);
            listingIds.Add(id);
        }

        var answers = new ConcurrentBag<Answer>();
        var killAfter = new TaskCompletionSource();
        var buyers = Enumerable.Range(0, Buyers).Select(b => Task.Run(() => BuyAsync(b, live, listingIds, answers, killAfter))).ToList();

        await Task.WhenAny(killAfter.Task, Task.WhenAll(buyers));
        await second.KillAsync();
        live.Remove(second);
        live.Add(await StartHostAsync("c"));
        await Task.WhenAll(buyers);

        var survivor = live.All[0];
        var other = live.All[1];
        var orders = await GrowerOrdersAsync(Client(survivor, TestTokens.For("race-grower", "grower")));
        var placed = answers.ToList();
        Assert.NotEmpty(placed);
        Assert.True(killAfter.Task.IsCompleted, "The kill came only after the race was over.");

        // Every 201 is an order that exists, and every order that exists was answered to its buyer.
        Assert.All(placed, answer => Assert.True(orders.ContainsKey(answer.OrderId), $"Answered order {answer.OrderId} does not exist."));
        var answered = placed.Select(a => a.OrderId).ToHashSet();
        Assert.All(orders.Keys, id => Assert.True(answered.Contains(id), $"Order {id} was committed but never answered to a buyer."));
        Assert.Equal(answered.Count, placed.Count);

        foreach (var listingId in listingIds) await AssertStockMatchesOrdersAndLedgerAsync(survivor, listingId, orders);
        await AssertKeysReplayOnTheOtherHostAsync(placed, other);
        await AssertEveryOrderPlacedWasPublishedAsync(channel, orders.Keys);
        await AssertOutboxDrainsAsync(survivor);
    }

    private static async Task BuyAsync(int buyer, LiveHosts live, List<string> listingIds, ConcurrentBag<Answer> answers, TaskCompletionSource killAfter)
    {
        var token = TestTokens.For($"race-buyer-{buyer}", "buyer");
        var random = new Random(buyer);
        await Expect(await Client(live.Pick(buyer), token).PutAsync("users/me/buyer-profile", Json(new JsonObject
        {
            ["businessName"] = $"Bistro {buyer}", ["businessType"] = "restaurant",
            ["deliveryAddress"] = new JsonObject
            {
                ["line1"] = "1 Main St", ["city"] = "Salinas", ["state"] = "CA", ["postalCode"] = "93901", ["latitude"] = 36.70, ["longitude"] = -121.60,
            },
        })), HttpStatusCode.OK);

        var soldOut = new HashSet<string>();
        for (var attempt = 0; soldOut.Count < listingIds.Count; attempt++)
        {
            var listingId = listingIds.Where(l => !soldOut.Contains(l)).ElementAt(random.Next(listingIds.Count - soldOut.Count));
            var key = $"race-{buyer}-{attempt}";
            var body = new JsonObject
            {
                ["lines"] = new JsonArray(new JsonObject { ["listingId"] = listingId, ["quantity"] = random.Next(1, 4) }),
                ["deliveryMethod"] = "delivery",
            }.ToJsonString();
            var outcome = await PlaceWithRetriesAsync(buyer + attempt, live, token, key, body);
            if (outcome is null) soldOut.Add(listingId);
            else
            {
                answers.Add(outcome);
                if (answers.Count >= 25) killAfter.TrySetResult();
            }
        }
    }

    /// <summary>
    /// One order attempt under one key, retried as a careful client does: on another host when the connection
    /// fails, and again while the key is still in progress. Returns null when the listing has too little stock.
    /// </summary>
    private static async Task<Answer?> PlaceWithRetriesAsync(int spread, LiveHosts live, string token, string key, string body)
    {
        var deadline = DateTime.UtcNow + Patience;
        var lastProblem = "";
        for (var retry = 0; DateTime.UtcNow < deadline; retry++)
        {
            var host = live.Pick(spread + retry);
            var client = Client(host, token);
            client.DefaultRequestHeaders.Add("Idempotency-Key", key);
            HttpResponseMessage response;
            try
            {
                response = await client.PostAsync("orders", new StringContent(body, Encoding.UTF8, "application/json"));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                lastProblem = $"{host.Address}: {e.Message}";
                await Task.Delay(200);
                continue; // the host died under the request; the same key goes to another one
            }
            var text = await response.Content.ReadAsStringAsync();
            switch ((int)response.StatusCode)
            {
                case 201:
                    var orderId = JsonNode.Parse(text)!["order"]!["id"]!.GetValue<string>();
                    return new Answer(key, body, token, orderId, host);
                case 409 when text.Contains("\"insufficient_stock\""):
                    return null;
                case 409 when text.Contains("\"idempotency_request_in_progress\""):
                case 503:
                    lastProblem = text;
                    await Task.Delay(500);
                    continue;
                default:
                    throw new Xunit.Sdk.XunitException($"Key {key} on {host.Address}: {(int)response.StatusCode} {text}");
            }
        }
        throw new Xunit.Sdk.XunitException($"Key {key} never got an answer within {Patience}; last: {lastProblem}");
    }

    private static async Task AssertStockMatchesOrdersAndLedgerAsync(ApiProcess host, string listingId, Dictionary<string, JsonNode> orders)
    {
        var grower = Client(host, TestTokens.For("race-grower", "grower"));
        var stock = (await Expect(await grower.GetAsync($"listings/{listingId}"), HttpStatusCode.OK))["stock"]!;
        var onHand = stock["onHand"]!.GetValue<decimal>();
        var reserved = stock["reserved"]!.GetValue<decimal>();
        var live = orders.Values.Where(o => o["status"]!.GetValue<string>() != "cancelled")
            .SelectMany(o => o["lines"]!.AsArray().Select(l => (Order: o["id"]!.GetValue<string>(), Line: l!)))
            .Where(x => x.Line["listingId"]!.GetValue<string>() == listingId)
            .ToDictionary(x => x.Order, x => x.Line["quantity"]!.GetValue<decimal>());

        Assert.Equal(StockPerListing, onHand);
        Assert.True(reserved <= onHand, $"Listing {listingId} is oversold: {reserved} reserved of {onHand}.");
        Assert.Equal(live.Values.Sum(), reserved);

        var movements = await PagesAsync(grower, $"listings/{listingId}/stock-movements");
        var byOrder = movements.Where(m => m["orderId"] is not null)
            .GroupBy(m => m["orderId"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.Sum(m => Math.Abs(m["quantity"]!.GetValue<decimal>()) * (m["kind"]!.GetValue<string>() == "released" ? -1 : 1)));
        Assert.All(byOrder.Keys, id => Assert.True(orders.ContainsKey(id), $"Stock of {listingId} is held for {id}, an order that does not exist."));
        Assert.All(byOrder, entry => Assert.Equal(live.GetValueOrDefault(entry.Key), entry.Value));
        var latest = movements.MaxBy(m => m["sequence"]!.GetValue<int>())!;
        Assert.Equal(onHand, latest["onHandAfter"]!.GetValue<decimal>());
        Assert.Equal(reserved, latest["reservedAfter"]!.GetValue<decimal>());
    }

    private static async Task AssertKeysReplayOnTheOtherHostAsync(List<Answer> placed, ApiProcess other)
    {
        foreach (var answer in placed)
        {
            var client = Client(other, answer.Token);
            client.DefaultRequestHeaders.Add("Idempotency-Key", answer.Key);
            var response = await client.PostAsync("orders", new StringContent(answer.Body, Encoding.UTF8, "application/json"));
            var replay = await Expect(response, HttpStatusCode.Created);
            Assert.Equal(answer.OrderId, replay["order"]!["id"]!.GetValue<string>());
            Assert.Equal("true", response.Headers.GetValues("Idempotent-Replayed").Single());
        }
    }

    private async Task AssertEveryOrderPlacedWasPublishedAsync(IChannel channel, IEnumerable<string> orderIds)
    {
        var expected = orderIds.ToHashSet();
        var published = new HashSet<string>();
        var deadline = DateTime.UtcNow + Patience;
        while (!expected.IsSubsetOf(published) && DateTime.UtcNow < deadline)
        {
            var message = await channel.BasicGetAsync(_queue, autoAck: true);
            if (message is null)
            {
                await Task.Delay(250);
                continue;
            }
            published.Add(JsonNode.Parse(Encoding.UTF8.GetString(message.Body.Span))!["data"]!["orderId"]!.GetValue<string>());
        }
        Assert.Empty(expected.Except(published));
    }

    private static async Task AssertOutboxDrainsAsync(ApiProcess host)
    {
        var admin = Client(host, TestTokens.For("race-admin", "admin"));
        var deadline = DateTime.UtcNow + Patience;
        List<JsonNode> pending;
        do
        {
            pending = await PagesAsync(admin, "admin/outbox?status=pending");
            if (pending.Count > 0) await Task.Delay(500);
        } while (pending.Count > 0 && DateTime.UtcNow < deadline);
        Assert.Empty(pending.Select(m => $"{m["type"]} {m["id"]} attempts {m["attempts"]}"));
    }

    private static async Task<Dictionary<string, JsonNode>> GrowerOrdersAsync(HttpClient grower) =>
        (await PagesAsync(grower, "orders?role=grower")).ToDictionary(o => o["id"]!.GetValue<string>());

    private static async Task<List<JsonNode>> PagesAsync(HttpClient client, string path)
    {
        var items = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var separator = path.Contains('?') ? '&' : '?';
            var url = $"{path}{separator}limit=100" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await Expect(await client.GetAsync(url), HttpStatusCode.OK);
            items.AddRange(page["items"]!.AsArray().Select(i => i!));
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);
        return items;
    }

    private async Task<ApiProcess> StartHostAsync(string name)
    {
        var connection = new NpgsqlConnectionStringBuilder(Postgres) { Database = _database, MaxPoolSize = 30 }.ConnectionString;
        var host = await ApiProcess.StartAsync(name, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Marketplace__Database__Provider"] = "PostgreSql",
            ["Marketplace__Database__MigrateOnStartup"] = "true",
            ["ConnectionStrings__Marketplace"] = connection,
            ["Marketplace__EventBus__Transport"] = "RabbitMq",
            ["Marketplace__EventBus__RabbitMq__ConnectionString"] = Rabbit!,
            ["Marketplace__Payments__Provider"] = "Simulated",
            ["Marketplace__Payments__Simulated__AutoConfirm"] = "true",
            ["Marketplace__Auth__VibeLux__SigningKey"] = TestTokens.SigningKey,
            ["Marketplace__Integration__WebhookSecret"] = ApiFactory.VibeLuxSecret,
            ["Marketplace__RateLimits__Enabled"] = "false",
            ["Marketplace__DemoData__Seed"] = "false",
            ["Marketplace__Email__PickupDirectory"] = Path.Combine(Path.GetTempPath(), $"marketplace-mail-{_database}"),
            ["Marketplace__Storage__FileSystem__RootPath"] = Path.Combine(Path.GetTempPath(), $"marketplace-media-{_database}"),
            ["Logging__LogLevel__Default"] = "Warning",
        });
        _hosts.Add(host);
        return host;
    }

    private static async Task<string> CreateDatabaseAsync()
    {
        var name = $"marketplace_two_hosts_{Guid.NewGuid():N}"[..40];
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return name;
    }

    private string Diagnose() =>
        string.Join("\n\n", _hosts.Select(h => $"--- host {h.Address} (exited: {h.HasExited}) log {h.LogFile}:\n{h.Log()}"));

    private static HttpClient Client(ApiProcess host, string token)
    {
        // Hosts run as processes answer to the same contract as the in-memory ones.
        var validating = new ContractValidatingHandler(OpenApiContract.Committed, ApiFactory.BasePath) { InnerHandler = new HttpClientHandler() };
        var client = new HttpClient(validating) { BaseAddress = new Uri(host.Address, ApiFactory.BasePath + "/"), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<JsonNode> Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    private sealed record Answer(string Key, string Body, string Token, string OrderId, ApiProcess Host);

    /// <summary>The hosts buyers may call right now; a killed one leaves, a new one joins.</summary>
    private sealed class LiveHosts(params ApiProcess[] hosts)
    {
        private volatile ApiProcess[] _hosts = hosts;

        public ApiProcess[] All => _hosts;

        public ApiProcess Pick(int spread) { var hosts = _hosts; return hosts[spread % hosts.Length]; }

        public void Remove(ApiProcess host) => _hosts = _hosts.Where(h => h != host).ToArray();

        public void Add(ApiProcess host) => _hosts = [.. _hosts, host];
    }
}
