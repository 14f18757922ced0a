namespace Marketplace.Application.Common.Security;

/// <summary>Who is calling, as the Api validated it. How the token was checked is not Application's business.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The identity provider's subject (<c>sub</c>).</summary>
    string? ExternalId { get; }
    string? Email { get; }
    string? Name { get; }
    IReadOnlyCollection<string> Roles { get; }

    bool IsInRole(string role);
}

public static class Roles
{
    public const string Grower = "grower";
    public const string Buyer = "buyer";
    public const string Admin = "admin";

    /// <summary>Every role the marketplace knows; the OpenAPI enum of <c>UserResponse.roles</c>.</summary>
    public static readonly IReadOnlyList<string> All = [Grower, Buyer, Admin];
}
