
namespace Marketplace.Application.Common.Errors;

// The Application's errors are the Domain's one error type with the code or kind fixed; the Api maps the kind.

/// <summary>The resource does not exist or is not the caller's to see (both are not found, so nothing leaks).</summary>
public sealed class NotFoundException(string resource, object id)
    : MarketplaceException("not_found", ErrorKind.NotFound, $"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}

/// <summary>The caller is known but lacks the role or relationship the action needs.</summary>
public sealed class ForbiddenException(string code, string message) : MarketplaceException(code, ErrorKind.Forbidden, message);

/// <summary>The caller's <c>If-Match</c> names a version other than the current one.</summary>
public sealed class PreconditionFailedException(string resource, string currentETag)
    : MarketplaceException("precondition_failed", ErrorKind.PreconditionFailed,
        $"The {resource} has changed since it was read; its current ETag is {currentETag}.")
{
    public string CurrentETag { get; } = currentETag;
}

/// <summary>The request is well-formed but names something the server cannot act on, e.g. a stale cursor.</summary>
public sealed class BadRequestException(string code, string message, string? field = null)
    : MarketplaceException(code, ErrorKind.Validation, message, field);
