using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.Application.Common.Ports;
using Marketplace.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Paging;

/// <summary>
/// For every board sort and every list: hundreds of generated cursors (keys out of range for the sort's type, NaN,
/// infinities, non-numbers, another list's sort, bad signatures, junk and empty parts) all answer 400
/// <c>invalid_cursor</c>. Keys are also signed with the server's own key, so the range checks behind the signature
/// are exercised as well as the signature itself.
/// </summary>
public abstract class HostileCursorPropertyTests(ApiFactory api) : PagedEndpointsTestBase(api)
{
    private static readonly Dictionary<string, string> SortOf = new()
    {
        ["board:newest"] = "newest", ["board:relevance"] = "relevance", ["board:price"] = "price", ["board:-price"] = "-price",
        ["board:freshest"] = "freshest", ["board:rating"] = "rating", ["board:distance"] = "distance",
        ["orders"] = "orders", ["outbox"] = "outbox", ["reviews"] = "reviews", ["stock-movements"] = "ledger",
    };

    [SkippableFact]
    public async Task EveryList_HostileCursors_Return400InvalidCursor_NeverA5xx()
    {
        var seeded = await SeedAsync();
        var key = await Api.Services.GetRequiredService<ICursorSigningKey>().GetAsync(CancellationToken.None);
        var sent = 0;

        foreach (var list in Lists)
        {
            var (url, client) = Target(seeded, list, Anonymous);
            var real = await RealCursorAsync(client, url);
            var cursors = new List<string>();
            cursors.AddRange(OutOfRangeKeys(SortOf[list]).Select(k => Sign(key, SortOf[list], k)));
            cursors.AddRange(SortOf.Values.Where(s => s != SortOf[list]).Select(other => Sign(key, other, "1")));
            cursors.AddRange(Junk(real));

            foreach (var cursor in cursors)
            {
                var response = await client.GetAsync(WithCursor(url, cursor));
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{list} with cursor '{cursor}' → {(int)response.StatusCode}: {text}");
                Assert.Equal("invalid_cursor", JsonNode.Parse(text)!["code"]!.GetValue<string>());
                sent++;
            }
        }

        Assert.True(sent >= 300, $"only {sent} cursors tried");
    }

    /// <summary>Keys that parse as nothing, or as a value outside what the sort's type can hold.</summary>
    private static IEnumerable<string?> OutOfRangeKeys(string sort)
    {
        string[] never = [null!, "", " ", "NaN", "nan", "Infinity", "-Infinity", "∞", "1e309", "-1e309", "abc", "0x10", "--1", "%%", "😀", new string('9', 400)];
        var random = new Random(20261202);
        string[] generated = sort switch
        {
            "newest" or "relevance" or "orders" or "outbox" or "reviews" =>
            [
                "-1", long.MinValue.ToString(CultureInfo.InvariantCulture), long.MaxValue.ToString(CultureInfo.InvariantCulture),
                (DateTimeOffset.MaxValue.UtcTicks + 1).ToString(CultureInfo.InvariantCulture), "3155378976000000000", "9223372036854775808",
                "1.5", "1e10", .. Enumerable.Range(0, 8).Select(_ => (-random.NextInt64(1, long.MaxValue)).ToString(CultureInfo.InvariantCulture)),
                .. Enumerable.Range(0, 8).Select(_ => random.NextInt64(DateTimeOffset.MaxValue.UtcTicks + 1, long.MaxValue).ToString(CultureInfo.InvariantCulture)),
            ],
            "price" or "-price" =>
            [
                "9223372036854775808", "-9223372036854775809", "1.5", "1e3", "18446744073709551616",
                .. Enumerable.Range(0, 8).Select(_ => random.NextInt64(long.MaxValue / 1000, long.MaxValue).ToString(CultureInfo.InvariantCulture) + "0000"),
            ],
            "freshest" =>
            [
                "-1", int.MinValue.ToString(CultureInfo.InvariantCulture), int.MaxValue.ToString(CultureInfo.InvariantCulture),
                (DateOnly.MaxValue.DayNumber + 1).ToString(CultureInfo.InvariantCulture), "2147483648", "1.5",
                .. Enumerable.Range(0, 8).Select(_ => random.Next(DateOnly.MaxValue.DayNumber + 1, int.MaxValue).ToString(CultureInfo.InvariantCulture)),
                .. Enumerable.Range(0, 8).Select(_ => (-random.Next(1, int.MaxValue)).ToString(CultureInfo.InvariantCulture)),
            ],
            "rating" or "distance" => ["+Infinity", "-nan", "1e400", "-1e400", "1.7976931348623157e309", "NaN ", "Infinityx"],
            "ledger" =>
            [
                "-1", int.MinValue.ToString(CultureInfo.InvariantCulture), "2147483648", "1.5", "9223372036854775807",
                .. Enumerable.Range(0, 8).Select(_ => (-random.Next(1, int.MaxValue)).ToString(CultureInfo.InvariantCulture)),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
        };
        return never.Concat(generated);
    }

    /// <summary>Cursors that were never issued: junk, empty parts, a changed signature, a payload without its own signature.</summary>
    private static IEnumerable<string> Junk(string real)
    {
        var dot = real.IndexOf('.', StringComparison.Ordinal);
        var (payload, mac) = (real[..dot], real[(dot + 1)..]);
        var flipped = (mac[0] == 'A' ? 'B' : 'A') + mac[1..];
        var otherPayload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"Sort":"newest","Key":"-1","Id":"00000000-0000-0000-0000-000000000000","Rank":0}"""));
        return
        [
            "%%.**", ".", "..", "a.", ".a", payload, payload + ".", "." + mac, payload + "." + flipped, otherPayload + "." + mac,
            payload + "." + mac + "." + mac, payload + "." + mac[..^2], payload + "." + mac + "AA", payload + "=." + mac, "a", "ab.c",
            "====.====", "!!!!", "eyJ9.", new string('A', 5000) + "." + mac, payload.ToUpperInvariant() + "." + mac, " " + real, real + " ",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"Sort\":\"newest\"}")) + "." + mac, "\u0000", "null", "{}", "[]",
        ];
    }

    /// <summary>A cursor as the server writes one, for a key of the test's choosing.</summary>
    private static string Sign(byte[] key, string sort, string? sortKey)
    {
        var json = new JsonObject { ["Sort"] = sort, ["Key"] = sortKey, ["Id"] = Guid.NewGuid().ToString(), ["Rank"] = 0 };
        var payload = Encoding.UTF8.GetBytes(json.ToJsonString());
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, payload));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteHostileCursorPropertyTests(SqliteApiFactory api) : HostileCursorPropertyTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresHostileCursorPropertyTests(PostgresApiFactory api) : HostileCursorPropertyTests(api);
