namespace Marketplace.Domain.Common;

/// <summary>The actor is party to the resource but may not perform this action on it (403, not 409).</summary>
public sealed class ActionNotAllowedException(string message) : DomainRuleException("action_not_allowed", message);
