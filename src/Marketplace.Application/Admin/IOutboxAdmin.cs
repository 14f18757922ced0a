using Marketplace.Application.Common.Events;

namespace Marketplace.Application.Admin;

/// <summary>A retry's outcome: how many consumers got fresh attempts, and the message as it is now.</summary>
public sealed record OutboxRetry(int Retried, OutboxMessageResponse Message);

/// <summary>
/// The outbox as the admin slices see it. The outbox rows are Infrastructure records; Application reads and
/// changes them only through this port, inside the request's unit of work.
/// </summary>
public interface IOutboxAdmin
{
    /// <summary>Messages newest first, with the given overall status, strictly before (<paramref name="beforeAt"/>, <paramref name="beforeId"/>) when given.</summary>
    Task<IReadOnlyList<OutboxMessageResponse>> ListAsync(OutboxStatus? status, DateTimeOffset? beforeAt, Guid? beforeId, int take,
        CancellationToken cancellationToken);

    /// <summary>Gives every delivery that gave up a fresh set of attempts from <paramref name="now"/>; null when there is no such message.</summary>
    Task<OutboxRetry?> RetryAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken);
}
