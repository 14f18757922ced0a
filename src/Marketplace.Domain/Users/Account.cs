using Marketplace.Domain.Common;

namespace Marketplace.Domain.Users;

/// <summary>
/// A marketplace-owned login (the <c>separate</c> auth mode): email, password hash, roles. Five wrong
/// passwords in a row lock it for fifteen minutes.
/// </summary>
public sealed class Account : Entity
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private Account() { }

    public string Email { get; private init; } = "";
    public string DisplayName { get; private init; } = "";
    public List<string> Roles { get; private init; } = [];
    public string PasswordHash { get; private set; } = "";
    public int FailedAttempts { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
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

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>A wrong password; the fifth in a row locks the account.</summary>
    public void RecordFailure(DateTimeOffset now)
    {
        FailedAttempts++;
        if (FailedAttempts < MaxFailures) return;
        LockedUntil = now + LockoutPeriod;
        FailedAttempts = 0;
    }

    public void RecordSuccess(string? rehashedPassword)
    {
        FailedAttempts = 0;
        LockedUntil = null;
        if (rehashedPassword is not null) PasswordHash = rehashedPassword;
    }

    public void EnsureNotLocked(DateTimeOffset now)
    {
        if (IsLocked(now))
            throw new DomainRuleException("account_locked", $"Too many wrong passwords; try again after {LockedUntil:HH:mm} UTC.");
    }
}
