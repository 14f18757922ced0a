using System.Text.Json.Nodes;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Listings.SearchListings;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// A reindex as Algolia recommends for a full replace: fill <c>{index}_tmp</c>, then move it onto the live
/// index in one operation, so the board never reads an empty or half-filled index (ADR 44).
/// </summary>
internal sealed class AlgoliaRebuild(AlgoliaSearchIndex algolia, string index) : ISearchIndexRebuild
{
    private readonly string temporary = $"{index}_tmp";

    /// <summary>
    /// Settings first: the live index gets the relevance settings (forwarded to its replicas) and its replicas,
    /// each replica its sort; then a fresh temporary index with the relevance settings. Replicas stay on the live
    /// index: a move keeps the destination's replicas and fills them from the moved data.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await algolia.WriteAndWaitAsync(HttpMethod.Put, index, "/settings?forwardToReplicas=true", AlgoliaIndexSettings.Live(index), cancellationToken);
        foreach (var (_, suffix, sortBy) in AlgoliaIndexSettings.Replicas)
        {
            var replica = AlgoliaIndexSettings.ReplicaName(index, suffix);
            await algolia.WriteAndWaitAsync(HttpMethod.Put, replica, "/settings", AlgoliaIndexSettings.Replica(sortBy), cancellationToken);
        }
        // A run that failed earlier may have left records behind; deleting a missing index is not an error.
        await algolia.WriteAndWaitAsync(HttpMethod.Delete, temporary, "", null, cancellationToken);
        await algolia.WriteAndWaitAsync(HttpMethod.Put, temporary, "/settings", AlgoliaIndexSettings.Relevance(), cancellationToken);
    }

    public async Task AddAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0) return;
        var requests = new JsonArray(documents.Select(d => (JsonNode)new JsonObject { ["action"] = "addObject", ["body"] = AlgoliaSearchIndex.Body(d) }).ToArray());
        await algolia.WriteAndWaitAsync(HttpMethod.Post, temporary, "/batch", new JsonObject { ["requests"] = requests }, cancellationToken);
    }

    /// <summary>Every batch is published (each write waited for its task), so the move carries the whole index.</summary>
    public Task SwapInAsync(CancellationToken cancellationToken) =>
        algolia.WriteAndWaitAsync(HttpMethod.Post, temporary, "/operation",
            new JsonObject { ["operation"] = "move", ["destination"] = index }, cancellationToken);
}
