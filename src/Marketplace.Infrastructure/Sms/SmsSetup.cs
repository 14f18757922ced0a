using Marketplace.Application.Common.Events;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Notifications;
using Marketplace.Infrastructure.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marketplace.Infrastructure.Sms;

public static class SmsSetup
{
    /// <summary><c>Marketplace:Sms</c>: the text-message consumer of the outbox, sending through a pickup folder or Twilio.</summary>
    public static SmsOptions AddSms(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var sms = services.BindOptions<SmsOptions, SmsOptionsValidator>(configuration, SmsOptions.Section);
        services.AddScoped<IIntegrationEventHandler, SmsNotifications>();
        if (sms.IsTwilio)
        {
            // No retry handler: a text is not idempotent at Twilio, so a repeat is left to the outbox's own schedule.
            services.AddHttpClient(TwilioSmsSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
            services.AddSingleton<ISmsSender, TwilioSmsSender>();
            return sms;
        }
        var folder = sms.PickupDirectory ?? Path.Combine(environment.ContentRootPath, "App_Data", "sms");
        services.AddSingleton<ISmsSender>(sp => new PickupSmsSender(folder, sp.GetRequiredService<TimeProvider>()));
        return sms;
    }
}

internal sealed class SmsOptionsValidator : OptionsValidator<SmsOptions>
{
    protected override IEnumerable<string> Failures(SmsOptions o)
    {
        if (!IsDefined(o.Provider)) yield return "Marketplace:Sms:Provider must be 'Pickup' or 'Twilio'.";
        if (!o.IsTwilio) yield break;
        if (string.IsNullOrWhiteSpace(o.Twilio.AccountSid)) yield return "Marketplace:Sms:Provider is Twilio but Marketplace:Sms:Twilio:AccountSid is not set.";
        if (string.IsNullOrWhiteSpace(o.Twilio.AuthToken)) yield return "Marketplace:Sms:Provider is Twilio but Marketplace:Sms:Twilio:AuthToken is not set.";
        if (string.IsNullOrWhiteSpace(o.Twilio.From)) yield return "Marketplace:Sms:Provider is Twilio but Marketplace:Sms:Twilio:From is not set.";
        if (o.Twilio.Host is { Length: > 0 } host && !Uri.TryCreate(host, UriKind.Absolute, out _))
            yield return "Marketplace:Sms:Twilio:Host must be an absolute URL.";
    }
}
