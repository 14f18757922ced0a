using System.Security.Claims;
using System.Text;
using Marketplace.Api.Configuration;
using Marketplace.Api.Errors;
using Marketplace.Infrastructure.Settings;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.Api.Auth;

/// <summary>
/// The auth modes (ADR 13): <c>shared</c> accepts VibeLux tokens (HS256 key or OIDC authority); <c>federated</c>
/// accepts VibeLux tokens and the marketplace's own, choosing by issuer; <c>separate</c> accepts only the
/// marketplace's own. Application code sees only <see cref="Application.Common.Security.ICurrentUser"/>.
/// </summary>
public static class AuthenticationSetup
{
    public const string RoleClaim = "role";
    public const string VibeLuxScheme = "VibeLux";
    public const string LocalScheme = "Marketplace";
    private const string FederatedScheme = "Federated";
    private const string RolesArrayClaim = "roles";

    /// <summary><c>Marketplace:Auth</c>: the bearer schemes of the configured mode; returns the bound options.</summary>
    public static AuthOptions AddMarketplaceAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var auth = services.BindOptions<AuthOptions, AuthOptionsValidator>(configuration, AuthOptions.Section);
        // The Separate subsection is the Application's own options; binding it apart keeps AuthOptions free of Application types.
        services.BindOptions<Application.Auth.SeparateAccountsOptions>(configuration, Application.Auth.SeparateAccountsOptions.Section);

        var authentication = services.AddAuthentication(auth.Mode switch
        {
            AuthMode.Separate => LocalScheme,
            AuthMode.Federated => FederatedScheme,
            _ => VibeLuxScheme,
        });
        authentication.AddJwtBearer(VibeLuxScheme).AddJwtBearer(LocalScheme);
        authentication.AddPolicyScheme(FederatedScheme, "VibeLux or marketplace token", policy =>
            policy.ForwardDefaultSelector = http => IssuerOf(http) == http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.Local.Issuer
                ? LocalScheme : VibeLuxScheme);
        services.AddOptions<JwtBearerOptions>(VibeLuxScheme)
            .Configure<IOptions<AuthOptions>, IHostEnvironment>((jwt, auth, environment) => Configure(jwt, auth.Value.VibeLux, environment));
        services.AddOptions<JwtBearerOptions>(LocalScheme)
            .Configure<IOptions<AuthOptions>, IHostEnvironment>((jwt, auth, environment) => Configure(jwt, auth.Value.Local, environment));

        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<Application.Common.Security.ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<Application.Common.Ports.IAccessTokens, LocalTokens>();
        return auth;
    }

    public static SymmetricSecurityKey SigningKey(string secret) => new(Encoding.UTF8.GetBytes(secret));

    /// <summary>The unvalidated issuer of the request's bearer token, only to pick the scheme that will validate it.</summary>
    private static string? IssuerOf(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var handler = new JsonWebTokenHandler();
        var token = header["Bearer ".Length..].Trim();
        return handler.CanReadToken(token) ? handler.ReadJsonWebToken(token).Issuer : null;
    }

    private static void Configure(JwtBearerOptions jwt, TokenIssuerOptions issuer, IHostEnvironment environment)
    {
        jwt.MapInboundClaims = false;
        var usesKey = !string.IsNullOrWhiteSpace(issuer.SigningKey);
        if (!usesKey && !string.IsNullOrWhiteSpace(issuer.Authority))
        {
            jwt.Authority = issuer.Authority;
            jwt.RequireHttpsMetadata = !environment.IsDevelopment();
        }
        jwt.TokenValidationParameters = Validation(issuer);
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                NormaliseRoles(context.Principal?.Identity as ClaimsIdentity);
                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                // RFC 9110 §11.6.1: a 401 names the scheme that would be accepted.
                context.Response.Headers.WWWAuthenticate = BearerChallenge;
                var detail = context.AuthenticateFailure is null
                    ? "A bearer token is required."
                    : "The bearer token is not valid (signature, issuer, audience or lifetime).";
                await ProblemResponses.WriteAsync(context.HttpContext, Domain.Common.ErrorKind.Unauthorized, "unauthorized", detail);
            },
        };
    }

    public const string BearerChallenge = "Bearer";

    /// <summary>Issuer, audience, lifetime and signature are always checked; unsigned tokens never pass.</summary>
    public static TokenValidationParameters Validation(TokenIssuerOptions issuer)
    {
        var usesKey = !string.IsNullOrWhiteSpace(issuer.SigningKey);
        return new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = issuer.Issuer,
            ValidateAudience = true,
            ValidAudience = issuer.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = usesKey ? SigningKey(issuer.SigningKey!) : null,
            ValidAlgorithms = usesKey ? [SecurityAlgorithms.HmacSha256] : [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256],
            NameClaimType = "name",
            RoleClaimType = RoleClaim,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Roles arrive as repeated <c>role</c> claims or as a <c>roles</c> array; both become <c>role</c> claims.</summary>
    public static void NormaliseRoles(ClaimsIdentity? identity)
    {
        if (identity is null) return;
        foreach (var claim in identity.FindAll(RolesArrayClaim).ToList())
        {
            if (!identity.HasClaim(RoleClaim, claim.Value)) identity.AddClaim(new Claim(RoleClaim, claim.Value));
        }
    }
}
