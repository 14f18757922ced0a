using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Users;

/// <summary>
/// Finds the marketplace user behind the current token, creating it on first sight. Roles come from the token
/// on every request and are checked by <c>AuthorizationBehaviour</c>; the marketplace never stores them.
/// </summary>
public sealed class UserDirectory(IMarketplaceDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public ICurrentUser Current => currentUser;

    /// <summary>The caller's marketplace user, tracked for change; created (unsaved) if new.</summary>
    public async Task<MarketplaceUser> GetOrCreateCallerAsync(CancellationToken cancellationToken)
    {
        var externalId = RequireExternalId();
        var user = await db.Users.FirstOrDefaultAsync(u => u.ExternalId == externalId, cancellationToken);
        if (user is null)
        {
            user = MarketplaceUser.FirstSeen(externalId, currentUser.Email, currentUser.Name, clock.GetUtcNow());
            db.Users.Add(user);
        }
        else
        {
            user.SyncIdentity(currentUser.Email, currentUser.Name, clock.GetUtcNow());
        }
        return user;
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
