using Marketplace.Domain.Users;

namespace Marketplace.Application.Common.Behaviours;

/// <summary>
/// The one place the marketplace user behind a token is created (on first sight) and kept in step with the token's
/// email and name, before any request that needs a caller (<see cref="AuthorizeRequestAttribute"/>). It runs after the
/// authorization behaviour, so a refused request provisions nobody, and writes in a transaction of its own through
/// the unit of work, whose retry after a duplicate key lets concurrent first requests of one caller all pass.
/// Handlers then only read the caller, so queries stay queries.
/// </summary>
public sealed class ProvisioningBehaviour<TMessage, TResponse>(
    ICurrentUser caller, IMarketplaceDbContext db, IUnitOfWork unitOfWork, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly bool NeedsCaller = typeof(TMessage).IsDefined(typeof(AuthorizeRequestAttribute), inherit: false);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (NeedsCaller && caller is { IsAuthenticated: true, ExternalId: { } externalId } && await NeedsWriteAsync(externalId, cancellationToken))
            await unitOfWork.ExecuteInTransactionAsync(ct => ProvisionAsync(externalId, ct), cancellationToken);
        return await next(message, cancellationToken);
    }

    /// <summary>Most requests come from a caller already known with the same email and name: one read, no transaction.</summary>
    private async Task<bool> NeedsWriteAsync(string externalId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.ExternalId == externalId, cancellationToken) is not { } seen
        || !seen.HasIdentity(caller.Email, caller.Name);

    private async Task<bool> ProvisionAsync(string externalId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await db.Users.FirstOrDefaultAsync(u => u.ExternalId == externalId, cancellationToken);
        if (user is null) db.Users.Add(MarketplaceUser.FirstSeen(externalId, caller.Email, caller.Name, now));
        else user.SyncIdentity(caller.Email, caller.Name, now);
        return true;
    }
}
