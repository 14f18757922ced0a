namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// Told after a commit that changed what the board shows (a listing added, described, published, paused,
/// archived or sold out); stock-only changes (reservations, counts) are not reported. Hosts use it to drop
/// cached board pages.
/// </summary>
public interface IListingChangeObserver
{
    ValueTask ListingsChangedAsync(CancellationToken cancellationToken);
}
