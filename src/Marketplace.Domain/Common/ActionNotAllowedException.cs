namespace Marketplace.Domain.Common;

/// <summary>The actor is party to the resource but may not perform this action on it (forbidden, not a conflict).</summary>
public sealed class ActionNotAllowedException(string message) : DomainRuleException("action_not_allowed", message, ErrorKind.Forbidden);
