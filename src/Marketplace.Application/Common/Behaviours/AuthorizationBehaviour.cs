using System.Reflection;

namespace Marketplace.Application.Common.Behaviours;

/// <summary>
/// The one place a request's declared access is enforced, so a handler cannot forget it. It runs after validation
/// (a malformed request is a 400 whoever sends it, as before) and before the handler opens a transaction.
/// A request with no declaration is refused: the architecture tests keep that from reaching production.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly AuthorizeRequestAttribute? Required = typeof(TMessage).GetCustomAttribute<AuthorizeRequestAttribute>();
    private static readonly bool Anonymous = typeof(TMessage).IsDefined(typeof(AllowAnonymousRequestAttribute), inherit: false);

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (Required is not null) Demand(Required.Roles);
        else if (!Anonymous)
            throw new InvalidOperationException($"{typeof(TMessage).Name} declares no access ([AuthorizeRequest] or [AllowAnonymousRequest]).");
        return next(message, cancellationToken);
    }

    private void Demand(IReadOnlyList<string> roles)
    {
        if (currentUser is not { IsAuthenticated: true, ExternalId: not null })
            throw new UnauthorizedAccessException("A bearer token is required.");
        if (roles.Count == 0 || currentUser.IsInRole(Roles.Admin) || roles.Any(currentUser.IsInRole)) return;
        throw new ForbiddenException("role_required", $"This action needs the '{string.Join("' or '", roles)}' role.");
    }
}
