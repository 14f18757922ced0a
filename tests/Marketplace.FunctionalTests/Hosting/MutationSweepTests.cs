using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>
/// Valid requests to every JSON operation, mutated one field at a time (null, wrong types, boundaries, huge strings,
/// deep nesting) and sent with bad charsets: never a 5xx, and every refusal is a problem with a code.
/// </summary>
public abstract class MutationSweepTests(ApiFactory api) : ApiTestBase(api)
{
    private static readonly string Huge = new('x', 100_000);
    private static readonly string Deep = new string('[', 300) + new string(']', 300);

    private static readonly string[] Mutations =
    [
        "null", "\"\"", "0", "-1", "true", "[]", "{}", "[null]", "\"" + Huge + "\"", "1e308", "-1e308", "9223372036854775808",
        "1e400", "\"\\u0000\"", "\"😀\"", "\"2026-02-30\"", "\"00000000-0000-0000-0000-000000000000\"", Deep,
    ];

    private static readonly string[] BadContentTypes =
    [
        "application/json; charset=bogus", "application/json; charset=\"\"", "application/json; charset=utf-16", "application/json; charset",
        "text/plain", "application/xml", "application/json; charset=utf-8; charset=latin1", "application/json; charset=\"bogus",
    ];

    [SkippableFact]
    public async Task EveryJsonOperation_MutatedFieldByField_NeverAnswers5xx()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = Id(await CreateListingAsync(grower.Client));
        var pending = Id(await PlaceOrderAsync(buyer.Client, listing, 2));
        var delivered = await PlaceOrderAsync(buyer.Client, listing, 2);
        await Act(grower.Client, delivered, "confirm");
        await Act(grower.Client, delivered, "ship");
        await Act(buyer.Client, delivered, "deliver");

        var requests = new (HttpMethod Method, string Path, HttpClient Client, JsonNode Body)[]
        {
            (HttpMethod.Post, "/listings", grower.Client, Bodies.Listing()),
            (HttpMethod.Put, $"/listings/{listing}", grower.Client, Bodies.Listing()),
            (HttpMethod.Post, $"/listings/{listing}/stock", grower.Client, new JsonObject { ["kind"] = "received", ["quantity"] = 5, ["reason"] = "Morning cut" }),
            (HttpMethod.Post, "/orders", buyer.Client, OrderBody(listing, 2)),
            (HttpMethod.Post, $"/orders/{pending}/cancel", buyer.Client, new JsonObject { ["reason"] = "Changed plans" }),
            (HttpMethod.Post, $"/orders/{Id(delivered)}/refunds", grower.Client,
                new JsonObject { ["amount"] = new JsonObject { ["amount"] = 100, ["currency"] = "USD" }, ["reason"] = "Bruised" }),
            (HttpMethod.Post, $"/orders/{Id(delivered)}/review", buyer.Client, new JsonObject { ["rating"] = 4, ["comment"] = "Crisp." }),
            (HttpMethod.Put, "/users/me/grower-profile", grower.Client, GrowerProfile()),
            (HttpMethod.Put, "/users/me/buyer-profile", buyer.Client, BuyerProfile()),
        };

        var sent = 0;
        foreach (var (method, path, client, body) in requests)
        {
            foreach (var (fieldPath, mutated) in FieldMutations(body))
            {
                await AssertNo5xx(client, method, path, mutated, "application/json", $"{fieldPath} mutated");
                sent++;
            }
            foreach (var contentType in BadContentTypes)
            {
                var status = await AssertNo5xx(client, method, path, body.ToJsonString(), contentType, $"Content-Type '{contentType}'");
                Assert.True(status == 415, $"{method} {path} with Content-Type '{contentType}' → {status}");
                sent++;
            }
        }
        Assert.True(sent > 1000, $"only {sent} mutated requests sent");
    }

    private async Task<int> AssertNo5xx(HttpClient client, HttpMethod method, string path, string body, string contentType, string what)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await client.SendAsync(new HttpRequestMessage(method, Url(path)) { Content = content });
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{method} {path} with {what} → {status}: {text[..Math.Min(600, text.Length)]}");
        if (status >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.False(string.IsNullOrEmpty(JsonNode.Parse(text)!["code"]?.GetValue<string>()), text);
        }
        return status;
    }

    /// <summary>The body with one field (at any depth, array items included) replaced by each mutation in turn, and each field dropped.</summary>
    private static IEnumerable<(string Path, string Body)> FieldMutations(JsonNode body)
    {
        foreach (var path in FieldPaths(body, []))
        {
            foreach (var mutation in Mutations) yield return (string.Join('.', path), Mutate(body, path, mutation));
            var without = body.DeepClone();
            if (Parent(without, path) is JsonObject parent) parent.Remove((string)path[^1]);
            yield return (string.Join('.', path) + " removed", without.ToJsonString());
        }
    }

    private static IEnumerable<List<object>> FieldPaths(JsonNode node, List<object> prefix)
    {
        IEnumerable<(object Key, JsonNode? Child)> children = node switch
        {
            JsonObject o => o.Select(p => ((object)p.Key, p.Value)),
            JsonArray a => a.Select((c, i) => ((object)i, c)),
            _ => [],
        };
        foreach (var (key, child) in children.ToList())
        {
            List<object> path = [.. prefix, key];
            yield return path;
            if (child is not null)
                foreach (var deeper in FieldPaths(child, path)) yield return deeper;
        }
    }

    // Mutations are raw JSON (some, like 1e400 or 300 levels of nesting, cannot be held by a JsonNode), so a
    // placeholder string goes into the tree and is swapped for the raw text once serialised.
    private const string Placeholder = "__mutation__";

    private static string Mutate(JsonNode body, List<object> path, string mutation)
    {
        var copy = body.DeepClone();
        var parent = Parent(copy, path)!;
        if (path[^1] is string name) parent[name] = Placeholder;
        else parent[(int)path[^1]] = Placeholder;
        return copy.ToJsonString().Replace($"\"{Placeholder}\"", mutation, StringComparison.Ordinal);
    }

    private static JsonNode? Parent(JsonNode root, List<object> path)
    {
        var node = root;
        foreach (var key in path[..^1]) node = key is string name ? node![name] : node![(int)key];
        return node;
    }

    private static JsonObject GrowerProfile() => new()
    {
        ["farmName"] = "Green Acre Farm", ["description"] = "Hydroponic greens", ["city"] = "Salinas", ["state"] = "CA", ["postalCode"] = "93901",
        ["latitude"] = 36.67, ["longitude"] = -121.65, ["growingMethods"] = new JsonArray("hydroponic"),
        ["certifications"] = new JsonArray("usda-organic"), ["facilitySizeSqFt"] = 20000,
    };

    private static JsonObject BuyerProfile() => new()
    {
        ["businessName"] = "Bistro", ["businessType"] = "restaurant",
        ["deliveryAddress"] = new JsonObject
        {
            ["line1"] = "1 Main St", ["city"] = "Salinas", ["state"] = "CA", ["postalCode"] = "93901", ["latitude"] = 36.70, ["longitude"] = -121.60,
        },
    };
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMutationSweepTests(SqliteApiFactory api) : MutationSweepTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMutationSweepTests(PostgresApiFactory api) : MutationSweepTests(api);
