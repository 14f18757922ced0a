namespace Marketplace.Domain.Common;

/// <summary>
/// The one error type: a stable, machine-readable <see cref="Code"/> (the problem's <c>code</c>, e.g.
/// <c>insufficient_stock</c>) and a <see cref="Kind"/> the Api maps to a status. The named subclasses
/// (<see cref="DomainRuleException"/>, the Application's <c>NotFoundException</c>, the ports' unavailable errors…)
/// only fix a code or a kind so that throw sites read well and callers can catch one case.
/// </summary>
public class MarketplaceException : Exception
{
    public MarketplaceException(string code, ErrorKind kind, string message, string? field = null, Exception? innerException = null)
        : this(code, kind, message, field is null ? [] : [new FieldError(field, message)], innerException)
    {
    }

    public MarketplaceException(string code, ErrorKind kind, string message, IReadOnlyList<FieldError> fieldErrors, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Kind = kind;
        FieldErrors = fieldErrors;
    }

    public string Code { get; }

    public ErrorKind Kind { get; }

    /// <summary>The request fields the error is about (the problem's <c>errors</c>); empty when it is about none.</summary>
    public IReadOnlyList<FieldError> FieldErrors { get; }

    /// <summary>What the client is told; the message unless it holds what only the logs should see.</summary>
    public virtual string Detail => Message;
}

/// <summary>One field of the request and what is wrong with it; the path is the request's own (<c>Lines[0].ListingId</c>).</summary>
public sealed record FieldError(string Field, string Message);
