using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Marketplace.FunctionalTests.Support;

/// <summary>The API searching through Algolia, pointed at a local server standing in for Algolia's hosts.</summary>
public sealed class AlgoliaApiFactory : SqliteApiFactory
{
    public const string ApplicationId = "TESTAPP";
    public const string ApiKey = "algolia-admin-key";
    public const string Index = "marketplace_listings";

    public WireMockServer Algolia { get; } = WireMockServer.Start();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Search:Provider"] = "Algolia",
        ["Marketplace:Search:Algolia:ApplicationId"] = ApplicationId,
        ["Marketplace:Search:Algolia:ApiKey"] = ApiKey,
        ["Marketplace:Search:Algolia:IndexName"] = Index,
        ["Marketplace:Search:Algolia:Host"] = Algolia.Url,
    };

    public void StubWrites()
    {
        Algolia.Reset();
        Algolia.Given(Request.Create().WithPath($"/1/indexes/{Index}/batch").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"taskID":1,"objectIDs":[]}"""));
        Algolia.Given(Request.Create().WithPath($"/1/indexes/{Index}/clear").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"taskID":2}"""));
    }

    public IReadOnlyList<WireMock.Logging.ILogEntry> Calls(string path) =>
        Algolia.LogEntries.Where(e => e.RequestMessage.Path == path).OrderBy(e => e.RequestMessage.DateTime).ToList();

    public override async ValueTask DisposeAsync()
    {
        Algolia.Stop();
        Algolia.Dispose();
        await base.DisposeAsync();
    }
}
