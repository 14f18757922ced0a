namespace Marketplace.Infrastructure.Sms;

public enum SmsProvider { Pickup, Twilio }

/// <summary><c>Marketplace:Sms</c>.</summary>
public sealed class SmsOptions
{
    public const string Section = "Marketplace:Sms";

    /// <summary><c>Pickup</c> (default: one .txt per message in <see cref="PickupDirectory"/>) or <c>Twilio</c>.</summary>
    public SmsProvider Provider { get; set; } = SmsProvider.Pickup;

    /// <summary>Default: <c>App_Data/sms</c> under the app's content root.</summary>
    public string? PickupDirectory { get; set; }

    public TwilioOptions Twilio { get; set; } = new();

    public bool IsTwilio => Provider == SmsProvider.Twilio;

    public sealed class TwilioOptions
    {
        public string? AccountSid { get; set; }
        public string? AuthToken { get; set; }

        /// <summary>The sending number (E.164) or messaging service the account owns.</summary>
        public string? From { get; set; }

        /// <summary>Another address for Twilio's API (tests); production leaves it unset.</summary>
        public string? Host { get; set; }
    }
}
