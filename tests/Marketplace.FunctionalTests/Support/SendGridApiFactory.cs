using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Marketplace.FunctionalTests.Support;

/// <summary>The API sending email through SendGrid, pointed at a local server standing in for api.sendgrid.com.</summary>
public sealed class SendGridApiFactory : SqliteApiFactory
{
    public const string ApiKey = "SG.test-key";

    public WireMockServer SendGrid { get; } = WireMockServer.Start();

    public SendGridApiFactory() =>
        SendGrid.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithStatusCode(202));

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Email:Provider"] = "SendGrid",
        ["Marketplace:Email:From"] = "orders@market.example.test",
        ["Marketplace:Email:SendGrid:ApiKey"] = ApiKey,
        ["Marketplace:Email:SendGrid:Host"] = SendGrid.Url,
    };

    public override async ValueTask DisposeAsync()
    {
        SendGrid.Stop();
        SendGrid.Dispose();
        await base.DisposeAsync();
    }
}
