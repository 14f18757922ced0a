namespace Marketplace.Application.Common.Ports;

/// <summary>
/// Remembers <c>Idempotency-Key</c>s per caller for 24 hours: the first request claims the key, later ones
/// get its stored response, a different body with the same key is refused.
/// </summary>
public interface IIdempotencyStore
{
    Task<IdempotencyClaim> ClaimAsync(string owner, string key, string requestHash, CancellationToken cancellationToken);

    Task CompleteAsync(string owner, string key, int statusCode, string body, string? location, CancellationToken cancellationToken);

    /// <summary>Forgets a claim whose request failed, so the client may retry with the same key.</summary>
    Task ReleaseAsync(string owner, string key, CancellationToken cancellationToken);
}

public enum IdempotencyOutcome { Claimed, Replay, Mismatch, InProgress }

public sealed record IdempotencyClaim(IdempotencyOutcome Outcome, int? StatusCode = null, string? Body = null, string? Location = null);
