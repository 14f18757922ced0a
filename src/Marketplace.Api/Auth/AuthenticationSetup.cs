using System.Security.Claims;
using System.Text;
using Marketplace.Api.Configuration;
using Marketplace.Api.Errors;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.Api.Auth;

/// <summary>Shared mode: bearer tokens issued by VibeLux, validated by HS256 key or by OIDC authority.</summary>
public static class AuthenticationSetup
{
    public const string RoleClaim = "role";
    private const string RolesArrayClaim = "roles";

    public static IServiceCollection AddMarketplaceAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>()
            .Bind(configuration.GetSection(AuthOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.VibeLux.SigningKey) || !string.IsNullOrWhiteSpace(o.VibeLux.Authority),
                "Authentication is not configured: set Marketplace:Auth:VibeLux:SigningKey (Marketplace__Auth__VibeLux__SigningKey, " +
                "an HS256 secret of at least 32 bytes) or Marketplace:Auth:VibeLux:Authority (an OIDC issuer URL).")
            .Validate(o => string.IsNullOrEmpty(o.VibeLux.SigningKey) || Encoding.UTF8.GetByteCount(o.VibeLux.SigningKey) >= 32,
                "Marketplace:Auth:VibeLux:SigningKey must be at least 32 bytes long.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.VibeLux.Issuer) && !string.IsNullOrWhiteSpace(o.VibeLux.Audience),
                "Marketplace:Auth:VibeLux:Issuer and :Audience must not be empty.")
            .ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, IHostEnvironment>((jwt, auth, environment) => Configure(jwt, auth.Value.VibeLux, environment));
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<Application.Common.Security.ICurrentUser, HttpCurrentUser>();
        return services;
    }

    public static SymmetricSecurityKey SigningKey(string secret) => new(Encoding.UTF8.GetBytes(secret));

    private static void Configure(JwtBearerOptions jwt, TokenIssuerOptions issuer, IHostEnvironment environment)
    {
        jwt.MapInboundClaims = false;
        var usesKey = !string.IsNullOrWhiteSpace(issuer.SigningKey);
        if (!usesKey)
        {
            jwt.Authority = issuer.Authority;
            jwt.RequireHttpsMetadata = !environment.IsDevelopment();
        }

        jwt.TokenValidationParameters = new TokenValidationParameters
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
                var detail = context.AuthenticateFailure is null
                    ? "A bearer token is required."
                    : "The bearer token is not valid (signature, issuer, audience or lifetime).";
                await ProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "unauthorized", detail);
            },
        };
    }

    /// <summary>Roles arrive as repeated <c>role</c> claims or as a <c>roles</c> array; both become <c>role</c> claims.</summary>
    private static void NormaliseRoles(ClaimsIdentity? identity)
    {
        if (identity is null) return;
        foreach (var claim in identity.FindAll(RolesArrayClaim).ToList())
        {
            if (!identity.HasClaim(RoleClaim, claim.Value)) identity.AddClaim(new Claim(RoleClaim, claim.Value));
        }
    }
}
