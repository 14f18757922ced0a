using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Marketplace.Bench.Load;

namespace Marketplace.Bench.Orders;

/// <summary>What one PlaceOrder phase produced: created orders by listing, refusals, latencies.</summary>
internal sealed record OrderPhase(string Name, LoadResult Load, long Refused, IReadOnlyDictionary<string, int> CreatedByListing)
{
    public double OrdersPerSecond => CreatedByListing.Values.Sum() / Load.Elapsed.TotalSeconds;
}

/// <summary>
/// N buyers, each on its own keep-alive connection, place one-unit pickup orders on the given listings in
/// turn until the deadline or until every listing refuses with 409 (sold out). Bounded in time and count.
/// </summary>
internal static class OrderLoad
{
    public static async Task<OrderPhase> RunAsync(string name, HttpClient client, string basePath, IReadOnlyList<string> buyers,
        IReadOnlyList<string> listings, TimeSpan duration, bool stopWhenAllRefuse)
    {
        var created = new ConcurrentDictionary<string, int>();
        var soldOut = new ConcurrentDictionary<string, bool>();
        var latencies = new ConcurrentBag<double>();
        long errors = 0, refused = 0;
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(buyers.Select((token, w) => Task.Run(async () =>
        {
            var next = w;
            while (clock.Elapsed < duration && !(stopWhenAllRefuse && soldOut.Count == listings.Count))
            {
                var listing = listings[next++ % listings.Count];
                using var request = new HttpRequestMessage(HttpMethod.Post, $"{basePath}/orders")
                {
                    Content = new StringContent($$"""{"lines":[{"listingId":"{{listing}}","quantity":1}],"deliveryMethod":"pickup"}""", Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode == HttpStatusCode.Created) created.AddOrUpdate(listing, 1, (_, n) => n + 1);
                    else if (response.StatusCode == HttpStatusCode.Conflict && body.Contains("insufficient_stock", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref refused);
                        soldOut[listing] = true;
                    }
                    else Interlocked.Increment(ref errors);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Interlocked.Increment(ref errors);
                }
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));

        var sorted = latencies.ToArray();
        Array.Sort(sorted);
        var load = new LoadResult(name, sorted.Length, errors, clock.Elapsed, sorted, 0);
        return new OrderPhase(name, load, refused, created);
    }
}
