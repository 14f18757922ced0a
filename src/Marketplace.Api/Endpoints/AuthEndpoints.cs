using System.Security.Claims;
using Marketplace.Api.Auth;
using Marketplace.Api.Configuration;
using Marketplace.Api.Errors;
using Marketplace.Application.Auth;
using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Marketplace.Api.Endpoints;

/// <summary>Token endpoints of the federated (<c>/auth/session</c>) and separate (<c>/auth/register</c>, <c>/auth/login</c>) modes.</summary>
internal static class AuthEndpoints
{
    public static void MapAuth(this RouteGroupBuilder api, AuthMode mode)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous();
        if (mode == AuthMode.Federated)
        {
            auth.MapPost("/session", ExchangeAsync)
                .Describe("StartSession", "Exchange a VibeLux token",
                    "Federated mode. A valid VibeLux token becomes a marketplace token for the same user (same `sub`, email, " +
                    "name and roles), so the user keeps one marketplace identity; it never expires after the VibeLux token. An invalid " +
                    "or expired VibeLux token is 401.")
                .Produces<AccessTokenResponse>().ProducesProblems(400, 401);
        }
        if (mode != AuthMode.Separate) return;

        // The account is the caller's marketplace user, read at /users/me with the token returned.
        auth.MapPost("/register", async (RegisterAccountCommand body, ISender sender, ResourceLocations locations, CancellationToken ct) =>
                TypedResults.Created(locations.Me(), await sender.Send(body, ct)))
            .Describe("RegisterAccount", "Create an account",
                "Separate mode. `{ email, password, displayName, roles }` with roles `grower` and/or `buyer`; the password has " +
                "10 to 200 characters and is stored hashed. An email already registered is 409 `email_taken`; an email listed in " +
                "`Marketplace:Auth:Separate:AdminEmails` is 403 `email_reserved`. Returns a token.")
            .Produces<AccessTokenResponse>(StatusCodes.Status201Created).ProducesProblems(400, 403, 409);
        auth.MapPost("/login", async (LoginCommand body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(body with { ClientAddress = http.Connection.RemoteIpAddress?.ToString() ?? "unknown" }, ct)).Token is { } token
                    ? Results.Ok(token)
                    : TypedResults.Problem(ProblemResponses.Create(http, ErrorKind.Unauthorized, "invalid_credentials", "The email or password is wrong.")))
            .Describe("Login", "Log in",
                "Separate mode. Email and password for a token. A wrong email or password is 401 `invalid_credentials`; five " +
                "wrong passwords in a row from one client address lock that address out of the account for 15 minutes (409 `account_locked`). " +
                "An account whose email is listed in `Marketplace:Auth:Separate:AdminEmails` also gets the admin role.")
            .Produces<AccessTokenResponse>().ProducesProblems(400, 401, 409);
    }

    private static async Task<IResult> ExchangeAsync(SessionRequest body, IOptionsMonitor<JwtBearerOptions> schemes, IOptions<AuthOptions> auth,
        IAccessTokens tokens, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(body.VibeluxToken))
            return TypedResults.Problem(ProblemResponses.Create(http, ErrorKind.Validation, "validation_failed", "Send { \"vibeluxToken\": \"…\" }.",
                new Dictionary<string, string[]> { ["vibeluxToken"] = ["Required."] }));

        var jwt = schemes.Get(AuthenticationSetup.VibeLuxScheme);
        var parameters = AuthenticationSetup.Validation(auth.Value.VibeLux);
        if (jwt.ConfigurationManager is { } discovery)
            parameters.IssuerSigningKeys = (await discovery.GetConfigurationAsync(http.RequestAborted)).SigningKeys;
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(body.VibeluxToken, parameters);
        if (!result.IsValid)
            return TypedResults.Problem(ProblemResponses.Create(http, ErrorKind.Unauthorized, "unauthorized", "The VibeLux token is not valid (signature, issuer, audience or lifetime)."));

        var identity = result.ClaimsIdentity;
        AuthenticationSetup.NormaliseRoles(identity);
        var roles = identity.FindAll(AuthenticationSetup.RoleClaim).Select(c => c.Value).ToList();
        // The exchange must not extend a VibeLux session: the marketplace token ends when the VibeLux token does.
        DateTimeOffset? vibeluxExpiry = result.SecurityToken.ValidTo == DateTime.MinValue
            ? null : new DateTimeOffset(DateTime.SpecifyKind(result.SecurityToken.ValidTo, DateTimeKind.Utc));
        return TypedResults.Ok(tokens.Issue(identity.FindFirst("sub")!.Value, identity.FindFirst("email")?.Value,
            identity.FindFirst("name")?.Value, roles, vibeluxExpiry));
    }
}

/// <summary>A VibeLux token to exchange.</summary>
/// <param name="VibeluxToken">A valid token issued by VibeLux core for the user.</param>
public sealed record SessionRequest(string? VibeluxToken);
