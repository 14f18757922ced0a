using Marketplace.Application.Common.Events;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Notifications;
using Marketplace.Infrastructure.Settings;
using Marketplace.Infrastructure.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Email;

public static class EmailSetup
{
    /// <summary><c>Marketplace:Email</c>: the email consumer of the outbox, sending through a pickup folder or SendGrid.</summary>
    public static EmailOptions AddEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var email = services.BindOptions<EmailOptions, EmailOptionsValidator>(configuration, EmailOptions.Section);
        services.AddSingleton(new EmailLinks(email.AppBaseUrl.TrimEnd('/')));
        services.AddScoped<IIntegrationEventHandler, EmailNotifications>();
        if (email.IsSendGrid)
        {
            services.AddHttpClient(SendGridEmailSender.HttpClientName)
                .AddOutboundResilience("sendgrid", retries: 2, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10));
            services.AddSingleton<IEmailSender, SendGridEmailSender>();
            return email;
        }
        var folder = email.PickupDirectory ?? Path.Combine(environment.ContentRootPath, "App_Data", "mail");
        services.AddSingleton<IEmailSender>(sp => new PickupEmailSender(sp.GetRequiredService<IOptions<EmailOptions>>(), folder));
        return email;
    }
}

internal sealed class EmailOptionsValidator : OptionsValidator<EmailOptions>
{
    protected override IEnumerable<string> Failures(EmailOptions o)
    {
        if (!IsDefined(o.Provider)) yield return "Marketplace:Email:Provider must be 'Pickup' or 'SendGrid'.";
        if (o.IsSendGrid && string.IsNullOrWhiteSpace(o.SendGrid.ApiKey))
            yield return "Marketplace:Email:Provider is SendGrid but Marketplace:Email:SendGrid:ApiKey is not set.";
    }
}
