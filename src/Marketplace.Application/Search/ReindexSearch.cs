using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Listings.SearchListings;
using Marketplace.Application.Users;
using Marketplace.Domain.Listings;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Search;

/// <summary>The outcome of rebuilding the search index.</summary>
/// <param name="Indexed">Listings sent to the index.</param>
/// <param name="Batches">Batches they were sent in.</param>
public sealed record ReindexResponse(int Indexed, int Batches);

/// <summary>Admin: rebuilds the external search index from the listings table, 1,000 listings per batch.</summary>
[AuthorizeRequest(Roles.Admin)]
[NoInput]
public sealed record ReindexSearchCommand : ICommand<ReindexResponse>;

public sealed class ReindexSearchHandler(IMarketplaceDbContext db, ISearchIndex index)
    : ICommandHandler<ReindexSearchCommand, ReindexResponse>
{
    public const int BatchSize = 1000;

    public async ValueTask<ReindexResponse> Handle(ReindexSearchCommand command, CancellationToken cancellationToken)
    {
        if (!index.IsExternal) return new ReindexResponse(0, 0);
        // The board keeps reading the old index while the new one fills (ADR 44).
        var rebuild = await index.BeginRebuildAsync(cancellationToken);
        int indexed = 0, batches = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.Active);
            if (after is { } last) query = query.Where(l => l.Id.CompareTo(last) > 0);
            var batch = await query.OrderBy(l => l.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            await rebuild.AddAsync(batch.ConvertAll(SearchDocuments.From), cancellationToken);
            indexed += batch.Count;
            batches++;
            after = batch[^1].Id;
        }
        await rebuild.SwapInAsync(cancellationToken);
        return new ReindexResponse(indexed, batches);
    }
}
