using Marketplace.Domain.Users;

namespace Marketplace.Application.Users;

/// <summary>
/// Finds the marketplace user behind the current token (created on first sight by <c>ProvisioningBehaviour</c>). Roles come from the token
/// on every request and are checked by <c>AuthorizationBehaviour</c>; the marketplace never stores them.
/// </summary>
public sealed class UserDirectory(IMarketplaceDbContext db, ICurrentUser currentUser)
{
    public ICurrentUser Current => currentUser;

    /// <summary>
    /// The caller's marketplace user, tracked for change. <c>ProvisioningBehaviour</c> created it before the handler
    /// ran, so it is there for every request that declares <c>[AuthorizeRequest]</c>.
    /// </summary>
    public async Task<MarketplaceUser> GetCallerAsync(CancellationToken cancellationToken)
    {
        var externalId = RequireExternalId();
        return await db.Users.FirstOrDefaultAsync(u => u.ExternalId == externalId, cancellationToken)
            ?? throw new InvalidOperationException($"The caller '{externalId}' was not provisioned; does the request declare [AuthorizeRequest]?");
    }

    /// <summary>The caller's marketplace user for reading (not tracked); provisioned before the handler ran.</summary>
    public async Task<MarketplaceUser> FindCallerAsync(CancellationToken cancellationToken)
    {
        var externalId = RequireExternalId();
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.ExternalId == externalId, cancellationToken)
            ?? throw new InvalidOperationException($"The caller '{externalId}' was not provisioned; does the request declare [AuthorizeRequest]?");
    }

    /// <summary>The caller's marketplace id, or null when anonymous or never seen; no tracking, no creation.</summary>
    public async Task<Guid?> FindCallerIdAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthenticated || currentUser.ExternalId is not { } externalId) return null;
        var ids = await db.Users.AsNoTracking()
            .Where(u => u.ExternalId == externalId)
            .Select(u => u.Id)
            .Take(1)
            .ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : ids[0];
    }

    private string RequireExternalId() =>
        currentUser is { IsAuthenticated: true, ExternalId: { } id }
            ? id
            : throw new UnauthorizedAccessException("A bearer token is required.");
}
