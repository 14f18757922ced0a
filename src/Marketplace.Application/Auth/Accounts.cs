using FluentValidation;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Auth;

/// <summary>Separate mode: a new marketplace account (roles grower and/or buyer only), signed in at once.</summary>
public sealed record RegisterAccountCommand(string? Email, string? Password, string? DisplayName, string[]? Roles) : ICommand<AccessTokenResponse>;

/// <summary>Separate mode: email and password for a token.</summary>
public sealed record LoginCommand(string? Email, string? Password) : ICommand<LoginResult>;

/// <summary>The token, or null for a wrong email or password (whose failure is still recorded and committed).</summary>
public sealed record LoginResult(AccessTokenResponse? Token);

public sealed class RegisterAccountValidator : AbstractValidator<RegisterAccountCommand>
{
    public RegisterAccountValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(320);
        RuleFor(c => c.Password).NotEmpty().MinimumLength(10).MaximumLength(200).WithMessage("Use 10 to 200 characters.");
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Roles).NotEmpty().WithMessage("Choose grower, buyer or both.");
        RuleForEach(c => c.Roles).Must(r => r is Roles.Grower or Roles.Buyer).WithMessage("Roles are 'grower' and 'buyer'.");
    }
}

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(320);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(200);
    }
}

public sealed class RegisterAccountHandler(IMarketplaceDbContext db, IPasswordHashing passwords, IAccessTokens tokens, TimeProvider clock)
    : ICommandHandler<RegisterAccountCommand, AccessTokenResponse>
{
    public async ValueTask<AccessTokenResponse> Handle(RegisterAccountCommand command, CancellationToken cancellationToken)
    {
        var email = Account.Normalize(command.Email!);
        if (await db.Accounts.AnyAsync(a => a.Email == email, cancellationToken))
            throw new DomainRuleException("email_taken", "An account with this email exists; log in instead.");
        var account = Account.Register(email, command.DisplayName!, command.Roles!, passwords.Hash(command.Password!), clock.GetUtcNow());
        db.Accounts.Add(account);
        return tokens.Issue(account.Id.ToString(), account.Email, account.DisplayName, account.Roles);
    }
}

public sealed class LoginHandler(IMarketplaceDbContext db, IPasswordHashing passwords, IAccessTokens tokens, TimeProvider clock)
    : ICommandHandler<LoginCommand, LoginResult>
{
    public async ValueTask<LoginResult> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var email = Account.Normalize(command.Email!);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Email == email, cancellationToken);
        if (account is null) return new LoginResult(null);
        var now = clock.GetUtcNow();
        account.EnsureNotLocked(now);
        if (!passwords.Verify(account.PasswordHash, command.Password!, out var rehashed))
        {
            // Returned, not thrown: the unit of work must commit the failure count that leads to a lockout.
            account.RecordFailure(now);
            return new LoginResult(null);
        }
        account.RecordSuccess(rehashed);
        return new LoginResult(tokens.Issue(account.Id.ToString(), account.Email, account.DisplayName, account.Roles));
    }
}
