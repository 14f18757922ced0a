using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Marketplace.FunctionalTests.Support;

/// <summary>The API texting through Twilio's Messages API, pointed at a local server standing in for api.twilio.com.</summary>
public sealed class TwilioApiFactory : SqliteApiFactory
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "twilio-auth-token";
    public const string From = "+15005550006";
    public const string MessagesPath = $"/2010-04-01/Accounts/{AccountSid}/Messages.json";

    /// <summary>A number Twilio refuses, as it answers an invalid 'To' (error 21211).</summary>
    public const string RefusedNumber = "+15005550001";

    public WireMockServer Twilio { get; } = WireMockServer.Start();

    public TwilioApiFactory()
    {
        Twilio.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json")
                .WithBody("""{"sid":"SM0123456789abcdef0123456789abcdef","status":"queued"}"""));
        Twilio.Given(Request.Create().WithPath(MessagesPath).UsingPost().WithBody(b => b != null && b.Contains("To=%2B15005550001", StringComparison.Ordinal)))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("""{"code":21211,"message":"The 'To' number +15005550001 is not a valid phone number.","more_info":"https://www.twilio.com/docs/errors/21211","status":400}"""));
    }

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Sms:Provider"] = "Twilio",
        ["Marketplace:Sms:Twilio:AccountSid"] = AccountSid,
        ["Marketplace:Sms:Twilio:AuthToken"] = AuthToken,
        ["Marketplace:Sms:Twilio:From"] = From,
        ["Marketplace:Sms:Twilio:Host"] = Twilio.Url,
    };

    public override async ValueTask DisposeAsync()
    {
        Twilio.Stop();
        Twilio.Dispose();
        await base.DisposeAsync();
    }
}
