using WireMock.Matchers;
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
    public const string TemporaryIndex = Index + "_tmp";

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
        // The reindex: settings on the index, its replicas and the temporary index, writes to the temporary index,
        // the move, and Algolia's task endpoint answering that every task is published.
        Algolia.Given(Request.Create().WithPath(new WildcardMatcher("/1/indexes/*/settings")).UsingPut())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"taskID":3,"updatedAt":"2026-12-03T12:00:00Z"}"""));
        Algolia.Given(Request.Create().WithPath($"/1/indexes/{TemporaryIndex}/batch").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"taskID":4,"objectIDs":[]}"""));
        Algolia.Given(Request.Create().WithPath($"/1/indexes/{TemporaryIndex}").UsingDelete())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"taskID":5,"deletedAt":"2026-12-03T12:00:00Z"}"""));
        Algolia.Given(Request.Create().WithPath($"/1/indexes/{TemporaryIndex}/operation").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"taskID":6,"updatedAt":"2026-12-03T12:00:00Z"}"""));
        Algolia.Given(Request.Create().WithPath(new WildcardMatcher("/1/indexes/*/task/*")).UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"status":"published","pendingTask":false}"""));
    }

    public IReadOnlyList<WireMock.Logging.ILogEntry> AllCalls() =>
        Algolia.LogEntries.OrderBy(e => e.RequestMessage.DateTime).ToList();

    public IReadOnlyList<WireMock.Logging.ILogEntry> Calls(string path) =>
        Algolia.LogEntries.Where(e => e.RequestMessage.Path == path).OrderBy(e => e.RequestMessage.DateTime).ToList();

    public override async ValueTask DisposeAsync()
    {
        Algolia.Stop();
        Algolia.Dispose();
        await base.DisposeAsync();
    }
}
