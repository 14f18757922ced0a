namespace Marketplace.Domain.Common;

/// <summary>
/// A business rule refused the change. <see cref="Code"/> is the stable, machine-readable reason
/// that clients see in the ProblemDetails <c>code</c> (e.g. <c>invalid_transition</c>).
/// </summary>
public class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

public sealed class InvalidTransitionException(string entity, string from, string action)
    : DomainRuleException("invalid_transition", $"A {entity} that is {from} cannot be {action}.");
