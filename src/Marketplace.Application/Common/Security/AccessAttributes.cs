namespace Marketplace.Application.Common.Security;

/// <summary>
/// The request needs an authenticated caller (401 otherwise) and, when roles are named, one of them
/// (403 <c>role_required</c> otherwise; admins pass every role check). Enforced by <c>AuthorizationBehaviour</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuthorizeRequestAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>
/// Anyone may send the request: the public board, sign-in, and messages whose sender is proven otherwise
/// (signed webhooks and events, the host's own timers).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousRequestAttribute : Attribute;
