using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Marketplace.Application.Common.Ports;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Email;

/// <summary>
/// The local default: each message becomes one RFC 5322 .eml file (text and HTML alternatives) in the
/// pickup folder, which any mail client opens. Nothing leaves the machine.
/// </summary>
internal sealed class PickupEmailSender(IOptions<EmailOptions> options, string directory) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        using var mail = new MailMessage(new MailAddress(options.Value.From, options.Value.FromName), new MailAddress(message.To, message.ToName))
        {
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Text,
            BodyEncoding = Encoding.UTF8,
        };
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.Html, Encoding.UTF8, MediaTypeNames.Text.Html));
        using var smtp = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = directory };
        await smtp.SendMailAsync(mail, cancellationToken);
    }
}
