namespace Marketplace.Application.Common.Ports;

/// <summary>Issues the marketplace's own bearer tokens (federated and separate auth modes).</summary>
public interface IAccessTokens
{
    /// <param name="notAfter">When the credential it was exchanged for expires: the token never outlives it.</param>
    AccessTokenResponse Issue(string subject, string? email, string? name, IReadOnlyCollection<string> roles, DateTimeOffset? notAfter = null);
}

/// <summary>A bearer token for the marketplace API.</summary>
/// <param name="AccessToken">Send it as `Authorization: Bearer &lt;token&gt;`.</param>
/// <param name="ExpiresAt">When the token stops working (UTC).</param>
public sealed record AccessTokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>Password hashing (ASP.NET Core Identity's algorithm in Infrastructure).</summary>
public interface IPasswordHashing
{
    string Hash(string password);

    /// <summary>Whether the password matches; <paramref name="rehashed"/> is set when the stored hash should be upgraded.</summary>
    bool Verify(string hash, string password, out string? rehashed);
}
