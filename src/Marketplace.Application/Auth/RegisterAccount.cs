using Marketplace.Domain.Users;
using Microsoft.Extensions.Options;

namespace Marketplace.Application.Auth;

/// <summary>Separate mode: a new marketplace account (roles grower and/or buyer only), signed in at once.</summary>
/// <param name="Email">The account's email, used to log in.</param>
/// <param name="Password">10 to 200 characters; stored hashed.</param>
/// <param name="DisplayName">Name shown to the other side of an order.</param>
/// <param name="Roles">`grower` and/or `buyer`.</param>
[AllowAnonymousRequest]
public sealed record RegisterAccountCommand(string? Email, string? Password, string? DisplayName, string[]? Roles) : ICommand<AccessTokenResponse>;

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

public sealed class RegisterAccountHandler(IMarketplaceDbContext db, IPasswordHashing passwords, IAccessTokens tokens, TimeProvider clock,
    IOptions<SeparateAccountsOptions> options)
    : ICommandHandler<RegisterAccountCommand, AccessTokenResponse>
{
    public async ValueTask<AccessTokenResponse> Handle(RegisterAccountCommand command, CancellationToken cancellationToken)
    {
        var email = Account.Normalize(command.Email!);
        // Emails are not verified, so a listed admin email could be claimed by whoever registers it first (ADR 24).
        if (options.Value.IsAdmin(email))
            throw new ForbiddenException("email_reserved", "This email is reserved; its account is registered before it is listed as an admin.");
        if (await db.Accounts.AnyAsync(a => a.Email == email, cancellationToken))
            throw new DomainRuleException("email_taken", "An account with this email exists; log in instead.");
        var account = Account.Register(email, command.DisplayName!, command.Roles!, passwords.Hash(command.Password!), clock.GetUtcNow());
        db.Accounts.Add(account);
        return tokens.Issue(account.Id.ToString(), account.Email, account.DisplayName, account.Roles);
    }
}
