using FluentValidation.Results;

namespace Marketplace.Application.Common.Errors;

/// <summary>
/// Names the problem <c>code</c> of a request's validation failures when <c>validation_failed</c> would mislead,
/// e.g. <c>invalid_event</c> for an event VibeLux sent.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ValidationProblemCodeAttribute(string code) : Attribute
{
    public string Code { get; } = code;
}

/// <summary>A request's validator refused it: every failure, by the request's property path.</summary>
public sealed class RequestValidationException(string code, IReadOnlyList<ValidationFailure> failures)
    : MarketplaceException(code, ErrorKind.Validation, Describe(failures),
        [.. failures.Select(f => new FieldError(f.PropertyName, f.ErrorMessage))])
{
    public const string DefaultCode = "validation_failed";

    public override string Detail => "One or more fields are not valid.";

    private static string Describe(IEnumerable<ValidationFailure> failures) =>
        "Validation failed: " + string.Join("; ", failures.Select(f => $"{f.PropertyName}: {f.ErrorMessage}"));
}
