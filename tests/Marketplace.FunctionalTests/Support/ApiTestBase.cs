using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Support;

/// <summary>
/// Base for functional tests: a clean database before each test (or a skip, with the reason, when the
/// database is not configured), and helpers that speak the HTTP contract.
/// </summary>
public abstract class ApiTestBase(ApiFactory api) : IAsyncLifetime
{
    protected ApiFactory Api => api;

    public async Task InitializeAsync()
    {
        Skip.IfNot(api.IsAvailable, api.UnavailableReason);
        api.Commands.FailWhen = null;
        await api.ResetAsync();
        api.AutoConfirmPayments(true);
        api.Services.GetRequiredService<ConsumerLog>().Reset();
        foreach (var folder in new[] { api.MailDirectory, api.SmsDirectory, api.MediaDirectory })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected static string Url(string path) => ApiFactory.BasePath + path;

    protected HttpClient Anonymous() => api.Client();

    /// <summary>Posts a VibeLux core event signed now with the test secret, as core signs it.</summary>
    protected Task<HttpResponseMessage> PostSignedVibeLuxEvent(string payload)
    {
        var t = Api.Clock.GetUtcNow().ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(ApiFactory.VibeLuxSecret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        var request = new HttpRequestMessage(HttpMethod.Post, Url("/integrations/vibelux/events"))
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("X-VibeLux-Signature", $"t={t},v1={Convert.ToHexString(mac).ToLowerInvariant()}");
        return Anonymous().SendAsync(request);
    }

    protected HttpClient As(string subject, params string[] roles) => api.Client(TestTokens.For(subject, roles));

    protected async Task<Grower> NewGrowerAsync(string subject = "grower-1", string farmName = "Green Acre Farm")
    {
        var client = As(subject, "grower");
        var response = await client.PutAsJsonAsync(Url("/users/me/grower-profile"), new
        {
            farmName, description = "Hydroponic greens", city = "Salinas", state = "CA", postalCode = "93901",
            latitude = 36.67, longitude = -121.65, growingMethods = new[] { "hydroponic" }, certifications = new[] { "usda-organic" },
            facilitySizeSqFt = 20000,
        });
        var me = await Expect(response, HttpStatusCode.OK);
        return new Grower(client, Guid.Parse(me["id"]!.GetValue<string>()));
    }

    protected async Task<Buyer> NewBuyerAsync(string subject = "buyer-1")
    {
        var client = As(subject, "buyer");
        var me = await Expect(await client.PutAsJsonAsync(Url("/users/me/buyer-profile"), new
        {
            businessName = $"{subject} bistro", businessType = "restaurant",
            deliveryAddress = new { line1 = "1 Main St", city = "Salinas", state = "CA", postalCode = "93901", latitude = 36.70, longitude = -121.60 },
        }), HttpStatusCode.OK);
        return new Buyer(client, Guid.Parse(me["id"]!.GetValue<string>()));
    }

    protected static JsonObject OrderBody(string listingId, decimal quantity, string method = "delivery") => new()
    {
        ["lines"] = new JsonArray(new JsonObject { ["listingId"] = listingId, ["quantity"] = quantity }),
        ["deliveryMethod"] = method,
    };

    /// <summary>Places an order and returns the <c>order</c> part of the response.</summary>
    protected async Task<JsonNode> PlaceOrderAsync(HttpClient buyer, string listingId, decimal quantity, string method = "delivery")
    {
        var placed = await Expect(await PostJson(buyer, Url("/orders"), OrderBody(listingId, quantity, method)), HttpStatusCode.Created);
        return placed["order"]!;
    }

    protected async Task<JsonNode> Act(HttpClient client, JsonNode order, string action, HttpStatusCode status = HttpStatusCode.OK, object? body = null) =>
        await Expect(body is null
            ? await client.PostAsync(Url($"/orders/{Id(order)}/{action}"), null)
            : await client.PostAsJsonAsync(Url($"/orders/{Id(order)}/{action}"), body), status);

    protected async Task<JsonNode> GetListingAsync(string id) =>
        await Expect(await Anonymous().GetAsync(Url($"/listings/{id}")), HttpStatusCode.OK);

    protected async Task<JsonNode> CreateListingAsync(HttpClient grower, Action<JsonObject>? change = null, bool publish = true)
    {
        var body = Bodies.Listing();
        change?.Invoke(body);
        var listing = await Expect(await PostJson(grower, Url("/listings"), body), HttpStatusCode.Created);
        if (!publish) return listing;
        return await Expect(await grower.PostAsync(Url($"/listings/{Id(listing)}/publish"), null), HttpStatusCode.OK);
    }

    protected static Task<HttpResponseMessage> PostJson(HttpClient client, string url, JsonNode body) =>
        client.PostAsync(url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    protected static Task<HttpResponseMessage> PutJson(HttpClient client, string url, JsonNode body) =>
        client.PutAsync(url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    protected static Task<HttpResponseMessage> PostRaw(HttpClient client, string url, string body) =>
        client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>Asserts the status (showing the body when it differs) and returns the JSON body.</summary>
    protected static async Task<JsonNode> Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>Asserts an RFC 9457 problem with the given status and code; returns it.</summary>
    protected static async Task<JsonNode> ExpectProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await Expect(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, problem["code"]?.GetValue<string>());
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["traceId"]?.GetValue<string>()));
        return problem;
    }

    protected static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    protected static List<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(i => Id(i!)).ToList();
}

public sealed record Grower(HttpClient Client, Guid Id);

public sealed record Buyer(HttpClient Client, Guid Id);
