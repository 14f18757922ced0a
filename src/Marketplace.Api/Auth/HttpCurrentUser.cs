using System.Security.Claims;
using Marketplace.Application.Common.Security;

namespace Marketplace.Api.Auth;

/// <summary>The caller as the validated bearer token describes them.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    public string? ExternalId => IsAuthenticated ? Principal!.FindFirstValue("sub") : null;
    public string? Email => Principal?.FindFirstValue("email");
    public string? Name => Principal?.FindFirstValue("name");

    /// <summary>The token's marketplace roles; a role the marketplace does not know means nothing here and is left out.</summary>
    public IReadOnlyCollection<string> Roles =>
        Principal?.FindAll(AuthenticationSetup.RoleClaim).Select(c => c.Value)
            .Where(Application.Common.Security.Roles.All.Contains).Distinct().Order().ToList() ?? [];

    public bool IsInRole(string role) => Principal?.HasClaim(AuthenticationSetup.RoleClaim, role) == true;
}
