namespace Marketplace.Infrastructure.Email;

public enum EmailProvider { Pickup, SendGrid }

/// <summary><c>Marketplace:Email</c>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Marketplace:Email";

    /// <summary><c>Pickup</c> (default: .eml files in <see cref="PickupDirectory"/>) or <c>SendGrid</c>.</summary>
    public EmailProvider Provider { get; set; } = EmailProvider.Pickup;
    public string From { get; set; } = "marketplace@vibelux.com";
    public string FromName { get; set; } = "VibeLux Marketplace";

    /// <summary>Default: <c>App_Data/mail</c> under the app's content root.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>Base of the links in emails.</summary>
    public string AppBaseUrl { get; set; } = "https://app.vibelux.com/marketplace";

    public SendGridOptions SendGrid { get; set; } = new();

    public bool IsSendGrid => Provider == EmailProvider.SendGrid;

    public sealed class SendGridOptions
    {
        public string? ApiKey { get; set; }

        /// <summary>Another address for the SendGrid API (tests); production leaves it unset.</summary>
        public string? Host { get; set; }
    }
}
