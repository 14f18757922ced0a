using System.Text;
using Marketplace.Infrastructure.Settings;

namespace Marketplace.Api.Configuration;

/// <summary><c>Marketplace:Features</c>: where and how the API is served.</summary>
public sealed class FeatureOptions
{
    public const string Section = "Marketplace:Features";

    /// <summary>Serve routes at the root instead of under <c>/api/marketplace</c> (MARKETPLACE_STANDALONE).</summary>
    public bool Standalone { get; set; }

    /// <summary>The public host name when standalone (MARKETPLACE_DOMAIN), used in the OpenAPI servers entry.</summary>
    public string? CustomDomain { get; set; }

    public string BasePath => Standalone ? "" : "/api/marketplace";
}

public enum AuthMode { Shared, Federated, Separate }

/// <summary><c>Marketplace:Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Marketplace:Auth";

    public AuthMode Mode { get; set; } = AuthMode.Shared;
    public TokenIssuerOptions VibeLux { get; set; } = new() { Issuer = "vibelux", Audience = "marketplace" };
    public TokenIssuerOptions Local { get; set; } = new() { Issuer = "vibelux-marketplace", Audience = "marketplace" };
}

public sealed class TokenIssuerOptions
{
    public string Issuer { get; set; } = "";
    public string Audience { get; set; } = "";

    /// <summary>HS256 secret, at least 32 bytes.</summary>
    public string? SigningKey { get; set; }

    /// <summary>OIDC authority whose discovery document and JWKS validate RS256 tokens.</summary>
    public string? Authority { get; set; }
}

internal sealed class AuthOptionsValidator : OptionsValidator<AuthOptions>
{
    protected override IEnumerable<string> Failures(AuthOptions o)
    {
        if (!IsDefined(o.Mode)) yield return "Marketplace:Auth:Mode (MARKETPLACE_AUTH) must be 'shared', 'federated' or 'separate'.";
        if (o.Mode != AuthMode.Separate && string.IsNullOrWhiteSpace(o.VibeLux.SigningKey) && string.IsNullOrWhiteSpace(o.VibeLux.Authority))
            yield return "Authentication is not configured: set Marketplace:Auth:VibeLux:SigningKey (Marketplace__Auth__VibeLux__SigningKey, " +
                "an HS256 secret of at least 32 bytes) or Marketplace:Auth:VibeLux:Authority (an OIDC issuer URL).";
        if (!string.IsNullOrEmpty(o.VibeLux.SigningKey) && Encoding.UTF8.GetByteCount(o.VibeLux.SigningKey) < 32)
            yield return "Marketplace:Auth:VibeLux:SigningKey must be at least 32 bytes long.";
        if (o.Mode != AuthMode.Shared && Encoding.UTF8.GetByteCount(o.Local.SigningKey ?? "") < 32)
            yield return "Marketplace:Auth:Mode is federated or separate but Marketplace:Auth:Local:SigningKey (at least 32 bytes) is not set.";
        if (string.IsNullOrWhiteSpace(o.VibeLux.Issuer) || string.IsNullOrWhiteSpace(o.VibeLux.Audience))
            yield return "Marketplace:Auth:VibeLux:Issuer and :Audience must not be empty.";
    }
}
