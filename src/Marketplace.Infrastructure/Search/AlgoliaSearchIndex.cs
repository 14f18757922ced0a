using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Listings.SearchListings;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// Algolia over its REST API (the .NET client is not available to the project). Writes go to the batch
/// endpoint; the board's searches (<see cref="AlgoliaBoardSearch"/>) to the query endpoint of the index, or of its
/// replica for a sort (ADR 11). A reindex applies
/// the index settings and moves a rebuilt index into place (ADR 44).
/// </summary>
internal sealed class AlgoliaSearchIndex(HttpClient http, IOptions<SearchOptions> options) : ISearchIndex
{
    public const string HttpClientName = "algolia";

    private SearchOptions.AlgoliaOptions Settings => options.Value.Algolia;

    public bool IsExternal => true;

    public async Task IndexAsync(IReadOnlyList<SearchDocument> upserts, IReadOnlyList<Guid> deletions, CancellationToken cancellationToken)
    {
        var requests = new JsonArray();
        foreach (var document in upserts)
            requests.Add(new JsonObject { ["action"] = "updateObject", ["body"] = Body(document) });
        foreach (var id in deletions)
            requests.Add(new JsonObject { ["action"] = "deleteObject", ["body"] = new JsonObject { ["objectID"] = id.ToString() } });
        if (requests.Count == 0) return;
        await SendAsync(HttpMethod.Post, $"/1/indexes/{Settings.IndexName}/batch", new JsonObject { ["requests"] = requests }, write: true, cancellationToken);
    }

    public async Task<ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken)
    {
        var rebuild = new AlgoliaRebuild(this, Settings.IndexName);
        await rebuild.StartAsync(cancellationToken);
        return rebuild;
    }

    /// <summary>
    /// Sends a write and waits until Algolia reports its task published: Algolia applies writes asynchronously,
    /// and a reindex must not move an index whose settings or records are still queued.
    /// </summary>
    internal async Task WriteAndWaitAsync(HttpMethod method, string index, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(method, $"/1/indexes/{index}{path}", body, write: true, cancellationToken);
        var taskId = answer["taskID"]?.GetValue<long>()
            ?? throw new SearchUnavailableException($"Algolia answered {method} {path} on {index} without a taskID.");
        var delay = TimeSpan.FromMilliseconds(50);
        for (var waited = TimeSpan.Zero; waited < TaskPublishLimit; waited += delay, delay = Min(delay * 2, TimeSpan.FromSeconds(2)))
        {
            var task = await SendAsync(HttpMethod.Get, $"/1/indexes/{index}/task/{taskId}", null, write: true, cancellationToken);
            if (task["status"]?.GetValue<string>() == "published") return;
            await Task.Delay(delay, cancellationToken);
        }
        throw new SearchUnavailableException($"Algolia had not published task {taskId} on {index} after {TaskPublishLimit.TotalMinutes} minutes.");
    }

    private static readonly TimeSpan TaskPublishLimit = TimeSpan.FromMinutes(10);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>A search on <paramref name="index"/> (the live index or a sort's replica), from the read hosts.</summary>
    internal Task<JsonNode> QueryAsync(string index, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"/1/indexes/{index}/query", body, write: false, cancellationToken);

    internal static JsonObject Body(SearchDocument d)
    {
        var body = JsonSerializer.SerializeToNode(d, JsonSerializerOptions.Web)!.AsObject();
        body.Remove("objectId");
        body["objectID"] = d.ObjectId.ToString();
        body["_geoloc"] = new JsonObject { ["lat"] = d.Latitude, ["lng"] = d.Longitude };
        return body;
    }

    private async Task<JsonNode> SendAsync(HttpMethod method, string path, JsonNode? body, bool write, CancellationToken cancellationToken)
    {
        var host = Settings.Host?.TrimEnd('/') ?? (write ? $"https://{Settings.ApplicationId}.algolia.net" : $"https://{Settings.ApplicationId}-dsn.algolia.net");
        using var request = new HttpRequestMessage(method, host + path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Algolia-Application-Id", Settings.ApplicationId);
        request.Headers.Add("X-Algolia-API-Key", Settings.ApiKey);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new SearchUnavailableException($"Algolia answered {(int)response.StatusCode} to {method} {path}: {text}");
            return JsonNode.Parse(text) ?? new JsonObject();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException
            or Polly.Timeout.TimeoutRejectedException or JsonException)
        {
            throw new SearchUnavailableException("The search service could not be reached; try again shortly.", e);
        }
    }
}
