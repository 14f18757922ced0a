using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Listings.SearchListings;
using Marketplace.Application.Users;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Search;

/// <summary>The outcome of rebuilding the search index.</summary>
/// <param name="Indexed">Listings sent to the index.</param>
/// <param name="Batches">Batches they were sent in.</param>
public sealed record ReindexResponse(int Indexed, int Batches);

/// <summary>
/// Admin: rebuilds the external search index from the listings table, 1,000 listings per batch. It only reads the
/// database, so it holds no transaction while the index answers: each read sees what is committed at that moment,
/// which the catch-up after the move relies on.
/// </summary>
[AuthorizeRequest(Roles.Admin)]
[NoInput]
public sealed record ReindexSearchCommand : ICommand<ReindexResponse>, ICallsProviderAfterCommit;

public sealed class ReindexSearchHandler(IMarketplaceDbContext db, ISearchIndex index)
    : ICommandHandler<ReindexSearchCommand, ReindexResponse>
{
    public const int BatchSize = 1000;

    public async ValueTask<ReindexResponse> Handle(ReindexSearchCommand command, CancellationToken cancellationToken)
    {
        if (!index.IsExternal) return new ReindexResponse(0, 0);
        // The board keeps reading the old index while the new one fills (ADR 44).
        var rebuild = await index.BeginRebuildAsync(cancellationToken);
        var copied = new Dictionary<Guid, int>();
        int batches = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.Active);
            if (after is { } last) query = query.Where(l => l.Id.CompareTo(last) > 0);
            var batch = await query.OrderBy(l => l.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            await rebuild.AddAsync(batch.ConvertAll(SearchDocuments.From), cancellationToken);
            foreach (var listing in batch) copied[listing.Id] = listing.Version;
            batches++;
            after = batch[^1].Id;
        }
        await rebuild.SwapInAsync(cancellationToken);
        await CatchUpAsync(copied, cancellationToken);
        return new ReindexResponse(copied.Count, batches);
    }

    /// <summary>
    /// A listing edited after its batch was read reached the live index through the outbox, and the move then replaced
    /// that with the older copy. Every listing whose version moved on since it was copied, or that became active or
    /// stopped being active meanwhile, is written again, now to the moved index. Versions, not clocks: a transaction
    /// that committed late is still caught.
    /// </summary>
    private async Task CatchUpAsync(Dictionary<Guid, int> copied, CancellationToken cancellationToken)
    {
        var active = await db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.Active)
            .Select(l => new { l.Id, l.Version }).ToDictionaryAsync(l => l.Id, l => l.Version, cancellationToken);
        var stale = active.Where(l => !copied.TryGetValue(l.Key, out var version) || version != l.Value).Select(l => l.Key).ToList();
        var deletions = copied.Keys.Where(id => !active.ContainsKey(id)).ToList();
        foreach (var ids in stale.Chunk(BatchSize))
        {
            var listings = await db.Listings.AsNoTracking().Where(l => ids.Contains(l.Id) && l.Status == ListingStatus.Active).ToListAsync(cancellationToken);
            await index.IndexAsync(listings.ConvertAll(SearchDocuments.From), [], cancellationToken);
        }
        foreach (var ids in deletions.Chunk(BatchSize)) await index.IndexAsync([], ids, cancellationToken);
    }
}
