using Marketplace.Application.Common.Ports;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>ASP.NET Core Identity's password hasher (PBKDF2 with a per-password salt, versioned format).</summary>
internal sealed class PasswordHashing : IPasswordHashing
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object User = new();

    public string Hash(string password) => Hasher.HashPassword(User, password);

    public bool Verify(string hash, string password, out string? rehashed)
    {
        var result = Hasher.VerifyHashedPassword(User, hash, password);
        rehashed = result == PasswordVerificationResult.SuccessRehashNeeded ? Hash(password) : null;
        return result != PasswordVerificationResult.Failed;
    }
}
