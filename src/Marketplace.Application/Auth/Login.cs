using Marketplace.Domain.Users;
using Microsoft.Extensions.Options;

namespace Marketplace.Application.Auth;

/// <summary>Separate mode: email and password for a token. The client's address is set by the endpoint, never by the body.</summary>
/// <param name="Email">The account's email.</param>
/// <param name="Password">The account's password.</param>
[AllowAnonymousRequest]
public sealed record LoginCommand(string? Email, string? Password) : ICommand<LoginResult>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string ClientAddress { get; init; } = "unknown";
}

/// <summary>The token, or null for a wrong email or password (whose failure is still recorded and committed).</summary>
public sealed record LoginResult(AccessTokenResponse? Token);

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(320);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(200);
    }
}

public sealed class LoginHandler(IMarketplaceDbContext db, IPasswordHashing passwords, IAccessTokens tokens, TimeProvider clock,
    IOptions<SeparateAccountsOptions> options)
    : ICommandHandler<LoginCommand, LoginResult>
{
    // A real hash of a random password, made once: an unknown email then costs one verification, like a wrong password.
    private static string? _dummyHash;

    public async ValueTask<LoginResult> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var email = Account.Normalize(command.Email!);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Email == email, cancellationToken);
        if (account is null)
        {
            passwords.Verify(_dummyHash ??= passwords.Hash(Guid.NewGuid().ToString()), command.Password!, out _);
            return new LoginResult(null);
        }
        var now = clock.GetUtcNow();
        var address = command.ClientAddress[..Math.Min(command.ClientAddress.Length, LoginThrottle.MaxAddressLength)];
        var throttle = await db.LoginThrottles.FirstOrDefaultAsync(t => t.AccountId == account.Id && t.ClientAddress == address, cancellationToken);
        throttle?.EnsureNotLocked(now);
        if (!passwords.Verify(account.PasswordHash, command.Password!, out var rehashed))
        {
            if (throttle is null) db.LoginThrottles.Add(throttle = LoginThrottle.For(account.Id, address));
            // Returned, not thrown: the unit of work must commit the failure count that leads to a lockout.
            throttle.RecordFailure(now);
            return new LoginResult(null);
        }
        if (throttle is not null) db.LoginThrottles.Remove(throttle);
        account.RecordSuccess(rehashed);
        IReadOnlyCollection<string> roles = options.Value.IsAdmin(account.Email) ? [.. account.Roles, Roles.Admin] : account.Roles;
        return new LoginResult(tokens.Issue(account.Id.ToString(), account.Email, account.DisplayName, roles));
    }
}
