namespace Marketplace.Application.Common.Ports;

/// <summary>Sends one email. Throws when it could not be handed over, so the outbox tries again later.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

public sealed record EmailMessage(string To, string? ToName, string Subject, string Text, string Html);

/// <summary>Where links in emails point (the marketplace's web app).</summary>
public sealed record EmailLinks(string AppBaseUrl);
