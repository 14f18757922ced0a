using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using System.Text;

namespace Marketplace.FunctionalTests.Support;

/// <summary>Mints tokens the way VibeLux does, plus the broken kinds the API must refuse.</summary>
public static class TestTokens
{
    public const string SigningKey = "functional-tests-signing-key-0123456789abcdef";
    public const string Issuer = "vibelux";
    public const string Audience = "marketplace";

    public static string For(string subject, params string[] roles) => Create(subject, roles);

    public static string Create(string subject, string[] roles, string issuer = Issuer, string audience = Audience,
        string key = SigningKey, DateTime? expires = null, bool rolesAsArray = false)
    {
        var claims = new List<Claim> { new("sub", subject), new("email", $"{subject}@example.test"), new("name", subject) };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            IssuedAt = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };
        if (rolesAsArray) descriptor.Claims = new Dictionary<string, object> { ["roles"] = roles };
        else claims.AddRange(roles.Select(r => new Claim("role", r)));
        descriptor.Subject = new ClaimsIdentity(claims);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) carrying valid-looking claims.</summary>
    public static string Unsigned(string subject, params string[] roles)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode(
            $$"""{"sub":"{{subject}}","iss":"{{Issuer}}","aud":"{{Audience}}","exp":{{exp}},"role":{{System.Text.Json.JsonSerializer.Serialize(roles)}}}""");
        return $"{header}.{payload}.";
    }
}
