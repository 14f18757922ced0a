using System.Security.Claims;
using Marketplace.Api.Auth;
using Marketplace.Api.Configuration;
using Marketplace.Api.Errors;
using Marketplace.Domain.Common;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.Api.Endpoints;

/// <summary>
/// Development only: mints a token as VibeLux would, so the API can be tried without VibeLux running.
/// Mapped only when the environment is Development; in any other environment the route does not exist.
/// </summary>
internal static class DevEndpoints
{
    private static readonly string[] KnownRoles = ["grower", "buyer", "admin"];

    public static void MapDevTokens(this RouteGroupBuilder api)
    {
        api.MapPost("/dev/token", IssueToken).AllowAnonymous().WithTags("Development")
            .Describe("IssueDevToken", "Get a development token",
                "Development environment only. Signs a VibeLux-style token (8 hours) for any subject and roles, " +
                "e.g. `{ \"sub\": \"demo-grower\", \"email\": \"grower@demo.vibelux.local\", \"roles\": [\"grower\"] }`. " +
                "The demo data's grower is `demo-grower` and its buyer `demo-buyer`.")
            .Produces<TokenResponse>().ProducesProblems(400);
    }

    private static IResult IssueToken(DevTokenRequest request, IOptions<AuthOptions> auth, TimeProvider clock, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Sub) || request.Sub.Length > 200) errors["sub"] = ["Give a subject of 1 to 200 characters."];
        var roles = request.Roles ?? [];
        if (roles.Any(r => !KnownRoles.Contains(r))) errors["roles"] = [$"Roles are {string.Join(", ", KnownRoles)}."];
        var vibelux = auth.Value.VibeLux;
        if (string.IsNullOrWhiteSpace(vibelux.SigningKey)) errors[""] = ["Development tokens need Marketplace:Auth:VibeLux:SigningKey."];
        if (errors.Count > 0)
            return TypedResults.Problem(ProblemResponses.Create(http, ErrorKind.Validation, "validation_failed", "The token request is not valid.", errors));

        var expires = clock.GetUtcNow().AddHours(8);
        var claims = new List<Claim> { new("sub", request.Sub!) };
        if (!string.IsNullOrWhiteSpace(request.Email)) claims.Add(new Claim("email", request.Email));
        if (!string.IsNullOrWhiteSpace(request.Name)) claims.Add(new Claim("name", request.Name));
        claims.AddRange(roles.Distinct().Select(r => new Claim(AuthenticationSetup.RoleClaim, r)));

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = vibelux.Issuer,
            Audience = vibelux.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = clock.GetUtcNow().UtcDateTime,
            NotBefore = clock.GetUtcNow().UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(AuthenticationSetup.SigningKey(vibelux.SigningKey!), SecurityAlgorithms.HmacSha256),
        });
        return TypedResults.Ok(new TokenResponse(token, expires));
    }
}

/// <summary>Who the development token is for.</summary>
/// <param name="Sub">The user's subject: `demo-grower` and `demo-buyer` own the demo data.</param>
/// <param name="Email">The user's email.</param>
/// <param name="Name">The user's display name.</param>
/// <param name="Roles">Any of `grower`, `buyer`, `admin`.</param>
public sealed record DevTokenRequest(string? Sub, string? Email, string? Name, string[]? Roles);

/// <summary>A bearer token for the marketplace API.</summary>
/// <param name="AccessToken">Send it as `Authorization: Bearer &lt;token&gt;`.</param>
/// <param name="ExpiresAt">When the token stops working (UTC).</param>
public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);
