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
