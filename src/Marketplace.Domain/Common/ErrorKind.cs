namespace Marketplace.Domain.Common;

/// <summary>
/// What kind of refusal an error is. The Api turns each kind into one HTTP status in one table; the Domain and the
/// Application say only what went wrong, never which status answers it.
/// </summary>
public enum ErrorKind
{
    /// <summary>The input is wrong or incomplete (400).</summary>
    Validation,
    /// <summary>The caller is not known, or its proof of identity does not hold (401).</summary>
    Unauthorized,
    /// <summary>The caller is known but may not do this (403).</summary>
    Forbidden,
    /// <summary>The resource does not exist or is not the caller's to see (404).</summary>
    NotFound,
    /// <summary>A rule or the resource's state refuses the change (409).</summary>
    Conflict,
    /// <summary>The caller's <c>If-Match</c> names another version (412).</summary>
    PreconditionFailed,
    /// <summary>The content is larger than accepted (413).</summary>
    TooLarge,
    /// <summary>The content is of a type that is not accepted (415).</summary>
    UnsupportedMediaType,
    /// <summary>The request is understood but cannot be processed as sent, e.g. a reused idempotency key (422).</summary>
    Unprocessable,
    /// <summary>The caller sent too many requests (429).</summary>
    RateLimited,
    /// <summary>Something the marketplace depends on cannot answer now; a retry may succeed (503).</summary>
    Unavailable,
    /// <summary>A bug: nothing a client did (500).</summary>
    Internal,
}
