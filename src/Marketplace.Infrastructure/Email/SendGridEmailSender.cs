using Marketplace.Application.Common.Ports;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Marketplace.Infrastructure.Email;

/// <summary>SendGrid's v3 mail send, over an HttpClient with timeouts, retries and a circuit breaker.</summary>
internal sealed class SendGridEmailSender(IHttpClientFactory httpClients, IOptions<EmailOptions> options) : IEmailSender
{
    public const string HttpClientName = "sendgrid";

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var clientOptions = new SendGridClientOptions { ApiKey = settings.SendGrid.ApiKey };
        if (!string.IsNullOrWhiteSpace(settings.SendGrid.Host)) clientOptions.Host = settings.SendGrid.Host.TrimEnd('/');
        var client = new SendGridClient(httpClients.CreateClient(HttpClientName), clientOptions);

        var mail = MailHelper.CreateSingleEmail(new EmailAddress(settings.From, settings.FromName), new EmailAddress(message.To, message.ToName),
            message.Subject, message.Text, message.Html);
        var response = await client.SendEmailAsync(mail, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"SendGrid refused the message ({(int)response.StatusCode}): {await response.Body.ReadAsStringAsync(cancellationToken)}");
    }
}
