using System.Security.Claims;
using Marketplace.Api.Configuration;
using Marketplace.Application.Common.Ports;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.Api.Auth;

/// <summary>
/// The marketplace's own tokens: HS256 with <c>Marketplace:Auth:Local</c>, valid for eight hours, or less when the
/// token they were exchanged for expires sooner.
/// </summary>
internal sealed class LocalTokens(IOptions<AuthOptions> options, TimeProvider clock) : IAccessTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public AccessTokenResponse Issue(string subject, string? email, string? name, IReadOnlyCollection<string> roles, DateTimeOffset? notAfter = null)
    {
        var local = options.Value.Local;
        if (string.IsNullOrWhiteSpace(local.SigningKey))
            throw new InvalidOperationException("Marketplace:Auth:Local:SigningKey is needed to issue marketplace tokens.");
        var now = clock.GetUtcNow();
        var expires = notAfter is { } limit && limit < now + Lifetime ? limit : now + Lifetime;
        // A JWT's exp has whole seconds; rounding down keeps it at or before the limit.
        expires = DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds());
        var claims = new List<Claim> { new("sub", subject) };
        if (!string.IsNullOrWhiteSpace(email)) claims.Add(new Claim("email", email));
        if (!string.IsNullOrWhiteSpace(name)) claims.Add(new Claim("name", name));
        claims.AddRange(roles.Distinct().Select(r => new Claim(AuthenticationSetup.RoleClaim, r)));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = local.Issuer,
            Audience = local.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(AuthenticationSetup.SigningKey(local.SigningKey), SecurityAlgorithms.HmacSha256),
        });
        return new AccessTokenResponse(token, expires);
    }
}
