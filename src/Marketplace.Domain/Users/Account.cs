using Marketplace.Domain.Common;

namespace Marketplace.Domain.Users;

/// <summary>
/// A marketplace-owned login (the <c>separate</c> auth mode): email, password hash, roles. Wrong passwords are
/// counted per client address by <see cref="LoginThrottle"/>.
/// </summary>
public sealed class Account : Entity
{
    private Account() { }

    public string Email { get; private init; } = "";
    public string DisplayName { get; private init; } = "";
    public IReadOnlyList<string> Roles { get; private init; } = [];
    public string PasswordHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private init; }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public static Account Register(string email, string displayName, IReadOnlyCollection<string> roles, string passwordHash, DateTimeOffset now) => new()
    {
        Email = Normalize(email),
        DisplayName = displayName.Trim(),
        Roles = [.. roles.Distinct()],
        PasswordHash = passwordHash,
        CreatedAt = now,
    };

    public void RecordSuccess(string? rehashedPassword)
    {
        if (rehashedPassword is not null) PasswordHash = rehashedPassword;
    }
}
