namespace Marketplace.Application.Auth;

/// <summary><c>Marketplace:Auth:Separate</c>: settings of the marketplace's own accounts (ADR 24).</summary>
public sealed class SeparateAccountsOptions
{
    public const string Section = "Marketplace:Auth:Separate";

    /// <summary>
    /// Accounts that get the admin role at login. Listed emails cannot be registered over HTTP, because emails are
    /// not verified: the owner registers first and the operator lists the email afterwards.
    /// </summary>
    public string[] AdminEmails { get; set; } = [];

    public bool IsAdmin(string email) => AdminEmails.Any(listed => Domain.Users.Account.Normalize(listed) == Domain.Users.Account.Normalize(email));
}
