using Marketplace.Domain.Common;

namespace Marketplace.Domain.Users;

/// <summary>
/// Wrong passwords for one account from one client address. Five in a row lock that address out of that account for
/// fifteen minutes; other addresses can still log in, so a stranger cannot lock the owner out (ADR 23).
/// </summary>
public sealed class LoginThrottle : Entity
{
    public const int MaxFailures = 5;
    public const int MaxAddressLength = 64;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private LoginThrottle() { }

    public Guid AccountId { get; private init; }
    public string ClientAddress { get; private init; } = "";
    public int FailedAttempts { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }

    public static LoginThrottle For(Guid accountId, string clientAddress) => new()
    {
        AccountId = accountId,
        ClientAddress = clientAddress,
    };

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>A wrong password; the fifth in a row locks this address out.</summary>
    public void RecordFailure(DateTimeOffset now)
    {
        FailedAttempts++;
        if (FailedAttempts < MaxFailures) return;
        LockedUntil = now + LockoutPeriod;
        FailedAttempts = 0;
    }

    public void EnsureNotLocked(DateTimeOffset now)
    {
        if (IsLocked(now))
            throw new DomainRuleException("account_locked", $"Too many wrong passwords; try again after {LockedUntil:HH:mm} UTC.");
    }
}
