using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Paging;

/// <summary>A real cursor whose key a client rewrote to a value out of range for its sort is a 400, never a 500.</summary>
public abstract class TamperedCursorTests(ApiFactory api) : PagedEndpointsTestBase(api)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var list in Lists)
            foreach (var key in new[] { "-1", "-9223372036854775808", "3155378976000000000", "NaN" })
                data.Add(list, key);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task RealCursor_ReencodedWithAnOutOfRangeKey_Returns400InvalidCursor(string list, string key)
    {
        var seeded = await SeedAsync();
        var (url, client) = Target(seeded, list, Anonymous);
        var cursor = await RealCursorAsync(client, url);

        var response = await client.GetAsync(WithCursor(url, WithKey(cursor, key)));

        await ExpectProblem(response, HttpStatusCode.BadRequest, "invalid_cursor");
    }

    /// <summary>The cursor with its JSON part's key replaced, and whatever followed the JSON part kept as it was.</summary>
    private static string WithKey(string cursor, string key)
    {
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        var (payload, rest) = dot < 0 ? (cursor, "") : (cursor[..dot], cursor[dot..]);
        var json = JsonNode.Parse(Base64Url.DecodeFromChars(payload))!;
        json["Key"] = key;
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString())) + rest;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTamperedCursorTests(SqliteApiFactory api) : TamperedCursorTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTamperedCursorTests(PostgresApiFactory api) : TamperedCursorTests(api);
