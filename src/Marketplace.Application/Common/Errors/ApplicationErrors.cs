namespace Marketplace.Application.Common.Errors;

/// <summary>The resource does not exist or is not the caller's to see (both answer 404, so nothing leaks).</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}

/// <summary>The caller is known but lacks the role or relationship the action needs (403).</summary>
public sealed class ForbiddenException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The caller's <c>If-Match</c> names a version other than the current one (412).</summary>
public sealed class PreconditionFailedException(string resource, string currentETag)
    : Exception($"The {resource} has changed since it was read; its current ETag is {currentETag}.")
{
    public string CurrentETag { get; } = currentETag;
}

/// <summary>The request is well-formed but names something the server cannot act on, e.g. a stale cursor (400).</summary>
public sealed class BadRequestException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;
    public string? Field { get; } = field;
}

/// <summary>
/// Names the problem <c>code</c> of a request's validation failures when <c>validation_failed</c> would mislead,
/// e.g. <c>invalid_event</c> for an event VibeLux sent.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ValidationProblemCodeAttribute(string code) : Attribute
{
    public string Code { get; } = code;
}

/// <summary>Validation failures of a request that declares its own problem code (<see cref="ValidationProblemCodeAttribute"/>).</summary>
public sealed class CodedValidationException(string code, IEnumerable<FluentValidation.Results.ValidationFailure> failures)
    : FluentValidation.ValidationException(failures)
{
    public string Code { get; } = code;
}
