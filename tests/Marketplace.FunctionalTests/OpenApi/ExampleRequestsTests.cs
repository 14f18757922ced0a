using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.OpenApi;

/// <summary>
/// Executes the request example of every operation with a JSON body in the served document, as a newcomer pressing
/// "Try it out" would: signed in with the role the operation needs, after the data it acts on exists, in the order of a
/// grower's and a buyer's first day. Each must succeed (2xx), which means it also passed validation.
/// The only change made to an example is <see cref="Substitute"/>: the listing id placeholder of the examples
/// (<c>RequestExamplesFilter.ListingIdPlaceholder</c>) is replaced, wherever it appears, by the id of the listing this
/// test created from the <c>CreateListing</c> example. Path ids are those of the resources the journey created.
/// </summary>
public abstract class ExampleRequestsTests(ApiFactory api) : ApiTestBase(api)
{
    private const string ListingIdPlaceholder = Marketplace.Api.OpenApi.RequestExamplesFilter.ListingIdPlaceholder;

    [SkippableFact]
    public async Task EveryRequestExample_SucceedsWhenExecuted()
    {
        var examples = Documents.RequestExamples(await Documents.ServedAsync(Api));
        Assert.True(examples.Count >= 9, $"only {examples.Count} operations with a JSON body: {string.Join(", ", examples.Keys)}");
        var missing = examples.Where(e => e.Value is null).Select(e => e.Key).ToList();
        Assert.True(missing.Count == 0, "operations with a JSON body but no request example: " + string.Join(", ", missing));
        var run = new HashSet<string>(StringComparer.Ordinal);

        async Task<JsonNode> Send(HttpClient client, HttpMethod method, string path, string operation, HttpStatusCode expected,
            string? listingId = null)
        {
            var body = Substitute(examples[operation]!.DeepClone(), listingId);
            var response = await client.SendAsync(new HttpRequestMessage(method, Url(path))
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            });
            run.Add(operation);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected,
                $"{operation}'s example answered {(int)response.StatusCode}, not {(int)expected}:\n{body.ToJsonString()}\n{text}");
            return JsonNode.Parse(text)!;
        }

        var grower = As("example-grower", "grower");
        await Send(grower, HttpMethod.Put, "/users/me/grower-profile", "UpsertGrowerProfile", HttpStatusCode.OK);
        var listing = Id(await Send(grower, HttpMethod.Post, "/listings", "CreateListing", HttpStatusCode.Created));
        await Send(grower, HttpMethod.Put, $"/listings/{listing}", "UpdateListing", HttpStatusCode.OK);
        await Send(grower, HttpMethod.Post, $"/listings/{listing}/stock", "AdjustStock", HttpStatusCode.OK);
        await Expect(await grower.PostAsync(Url($"/listings/{listing}/publish"), null), HttpStatusCode.OK);

        var buyer = As("example-buyer", "buyer");
        await Send(buyer, HttpMethod.Put, "/users/me/buyer-profile", "UpsertBuyerProfile", HttpStatusCode.OK);
        var order = (await Send(buyer, HttpMethod.Post, "/orders", "PlaceOrder", HttpStatusCode.Created, listing))["order"]!;
        var cancelled = (await Send(buyer, HttpMethod.Post, "/orders", "PlaceOrder", HttpStatusCode.Created, listing))["order"]!;
        await Send(buyer, HttpMethod.Post, $"/orders/{Id(cancelled)}/cancel", "CancelOrder", HttpStatusCode.OK);

        await Send(buyer, HttpMethod.Put, $"/cart/lines/{listing}", "SetCartLine", HttpStatusCode.OK);
        await Send(buyer, HttpMethod.Post, "/cart/checkout", "CheckoutCart", HttpStatusCode.Created);

        await Act(grower, order, "confirm");
        await Act(grower, order, "ship");
        await Act(buyer, order, "deliver");
        await Send(buyer, HttpMethod.Post, $"/orders/{Id(order)}/review", "ReviewOrder", HttpStatusCode.OK);
        await Send(grower, HttpMethod.Post, $"/orders/{Id(order)}/refunds", "RefundOrder", HttpStatusCode.OK);

        if (examples.TryGetValue("ReceiveVibeLuxEvent", out var vibeLuxEvent))
        {
            run.Add("ReceiveVibeLuxEvent");
            await Expect(await PostSignedVibeLuxEvent(vibeLuxEvent!.ToJsonString()), HttpStatusCode.OK);
        }

        var notRun = examples.Keys.Except(run, StringComparer.Ordinal).ToList();
        Assert.True(notRun.Count == 0, "request examples this test does not execute yet: " + string.Join(", ", notRun));
    }

    /// <summary>Replaces the example listing id placeholder, wherever it appears, by a listing the test created.</summary>
    private static JsonNode Substitute(JsonNode node, string? listingId)
    {
        if (listingId is null) return node;
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                    if (obj[key] is { } child) obj[key] = Substitute(child.DeepClone(), listingId);
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    if (array[i] is { } item) array[i] = Substitute(item.DeepClone(), listingId);
                return array;
            case JsonValue value when value.TryGetValue<string>(out var text) && text == ListingIdPlaceholder:
                return JsonValue.Create(listingId);
            default:
                return node;
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteExampleRequestsTests(SqliteApiFactory api) : ExampleRequestsTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresExampleRequestsTests(PostgresApiFactory api) : ExampleRequestsTests(api);
