namespace Marketplace.Application.Common.Ports;

/// <summary>
/// Remembers <c>Idempotency-Key</c>s per caller for 24 hours: the first request claims the key, later ones
/// get its stored result, a different request with the same key is refused. A claim is a short lease: when
/// the attempt holding it dies without answering, another attempt may take the key over once it lapses.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Claims the key; when another attempt holds it and is still running, waits a while for its answer first.</summary>
    Task<IdempotencyClaim> ClaimAsync(string owner, string key, string requestHash, CancellationToken cancellationToken);

    /// <summary>Stores the request's result (JSON) as the key's answer.</summary>
    Task CompleteAsync(string owner, string key, Guid leaseId, string result, CancellationToken cancellationToken);

    /// <summary>Forgets a claim whose request failed, so the client may retry with the same key.</summary>
    Task ReleaseAsync(string owner, string key, Guid leaseId, CancellationToken cancellationToken);
}

public enum IdempotencyOutcome { Claimed, Replay, Mismatch, InProgress }

/// <summary>
/// The answer to a claim. A replay carries the stored result; a claimed key carries its lease and, when an earlier
/// attempt committed a resource under the key before dying, that resource's id.
/// </summary>
public sealed record IdempotencyClaim(IdempotencyOutcome Outcome, string? Result = null, Guid LeaseId = default, Guid? ResourceId = null);

/// <summary>The <c>Idempotency-Key</c> the caller sent with this request, if any (the Api reads it from the header).</summary>
public interface IIdempotencyKeyHeader
{
    string? Value { get; }
}

/// <summary>The same <c>Idempotency-Key</c> was used with a different request (422 <c>idempotency_key_reused</c>).</summary>
public sealed class IdempotencyKeyReusedException(string message)
    : Marketplace.Domain.Common.MarketplaceException("idempotency_key_reused", Marketplace.Domain.Common.ErrorKind.Unprocessable, message);

/// <summary>The claimed <c>Idempotency-Key</c> of the request being handled, for handlers that create a resource.</summary>
public interface IRequestIdempotency
{
    /// <summary>Set by the idempotency behaviour once the key is claimed.</summary>
    void Hold(string owner, string key, IdempotencyClaim claim);

    /// <summary>The claimed key, when the request holds one.</summary>
    string? Key { get; }

    /// <summary>Whether this request was answered from a stored result (the Api then says <c>Idempotent-Replayed: true</c>).</summary>
    bool Replayed { get; }

    void MarkReplayed();

    /// <summary>What an earlier attempt with this key committed before it could answer; the handler finishes it.</summary>
    Guid? CommittedResourceId { get; }

    /// <summary>
    /// In the handler's own transaction: writes the new resource onto the claim, so the two commit together or
    /// not at all. Fails (409 <c>idempotency_request_in_progress</c>) when another attempt took the key over.
    /// </summary>
    Task BindAsync(Guid resourceId, CancellationToken cancellationToken);
}
