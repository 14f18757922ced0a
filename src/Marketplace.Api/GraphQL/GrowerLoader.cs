using GraphQL;
using GraphQL.DataLoader;
using Marketplace.Application.Users;

namespace Marketplace.Api.GraphQL;

/// <summary>
/// A data loader for <c>listing.grower</c>: every grower asked for while a level of the result is resolved is
/// collected, and the first result awaited loads them all with one <see cref="GetGrowerProfilesQuery"/>. The executor
/// resolves all siblings before it awaits any <see cref="IDataLoaderResult"/>, so a board page of 100 listings costs
/// one batch, not 100 requests. One loader per GraphQL request (in its user context).
/// </summary>
internal sealed class GrowerLoader
{
    private readonly Lock _gate = new();
    private readonly List<Guid> _pending = [];
    private readonly Dictionary<Guid, Task<PublicGrowerProfile?>> _loads = [];

    public IDataLoaderResult<PublicGrowerProfile?> Load(IResolveFieldContext context, Guid growerId)
    {
        lock (_gate)
            if (!_loads.ContainsKey(growerId) && !_pending.Contains(growerId)) _pending.Add(growerId);
        return new Result(this, context, growerId);
    }

    private Task<PublicGrowerProfile?> ResultFor(IResolveFieldContext context, Guid growerId)
    {
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                var batch = _pending.ToList();
                _pending.Clear();
                var loading = LoadBatchAsync(context, batch);
                foreach (var id in batch) _loads[id] = PickAsync(loading, id);
            }
            return _loads[growerId];
        }
    }

    private static async Task<PublicGrowerProfile?> PickAsync(Task<Dictionary<Guid, PublicGrowerProfile>> loading, Guid id) =>
        (await loading).GetValueOrDefault(id);

    private static async Task<Dictionary<Guid, PublicGrowerProfile>> LoadBatchAsync(IResolveFieldContext context, List<Guid> ids)
    {
        var profiles = await context.QueryAsync(new GetGrowerProfilesQuery(ids));
        return profiles.ToDictionary(p => p.GrowerId);
    }

    private sealed class Result(GrowerLoader loader, IResolveFieldContext context, Guid growerId) : IDataLoaderResult<PublicGrowerProfile?>
    {
        public Task<PublicGrowerProfile?> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultFor(context, growerId);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
