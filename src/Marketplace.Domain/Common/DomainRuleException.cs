namespace Marketplace.Domain.Common;

/// <summary>
/// A business rule refused the change. Most rules are conflicts with the resource's state (the default kind);
/// a rule about the request's own content says <see cref="ErrorKind.Validation"/> and names its field.
/// </summary>
public class DomainRuleException(string code, string message, ErrorKind kind = ErrorKind.Conflict, string? field = null)
    : MarketplaceException(code, kind, message, field);

public sealed class InvalidTransitionException(string entity, string from, string action)
    : DomainRuleException("invalid_transition", $"A {entity} that is {from} cannot be {action}.");
