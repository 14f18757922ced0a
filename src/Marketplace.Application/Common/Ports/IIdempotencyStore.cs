namespace Marketplace.Application.Common.Ports;

/// <summary>
/// Remembers <c>Idempotency-Key</c>s per caller for 24 hours: the first request claims the key, later ones
/// get its stored response, a different body with the same key is refused. A claim is a short lease: when
/// the attempt holding it dies without answering, another attempt may take the key over once it lapses.
/// </summary>
public interface IIdempotencyStore
{
    Task<IdempotencyClaim> ClaimAsync(string owner, string key, string requestHash, CancellationToken cancellationToken);

    Task CompleteAsync(string owner, string key, Guid leaseId, int statusCode, string body, string? location, CancellationToken cancellationToken);

    /// <summary>Forgets a claim whose request failed, so the client may retry with the same key.</summary>
    Task ReleaseAsync(string owner, string key, Guid leaseId, CancellationToken cancellationToken);
}

public enum IdempotencyOutcome { Claimed, Replay, Mismatch, InProgress }

/// <summary>
/// The answer to a claim. A claimed key carries its lease and, when an earlier attempt committed a resource
/// under the key before dying, that resource's id.
/// </summary>
public sealed record IdempotencyClaim(IdempotencyOutcome Outcome, int? StatusCode = null, string? Body = null, string? Location = null,
    Guid LeaseId = default, Guid? ResourceId = null);

/// <summary>The claimed <c>Idempotency-Key</c> of the request being handled, for handlers that create a resource.</summary>
public interface IRequestIdempotency
{
    /// <summary>Set by the API once the key is claimed.</summary>
    void Hold(string owner, string key, IdempotencyClaim claim);

    /// <summary>What an earlier attempt with this key committed before it could answer; the handler finishes it.</summary>
    Guid? CommittedResourceId { get; }

    /// <summary>
    /// In the handler's own transaction: writes the new resource onto the claim, so the two commit together or
    /// not at all. Fails (409 <c>idempotency_request_in_progress</c>) when another attempt took the key over.
    /// </summary>
    Task BindAsync(Guid resourceId, CancellationToken cancellationToken);
}
