using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Marketplace.FunctionalTests.Integrations;

public sealed class VibeLuxApiFactory : SqliteApiFactory
{
    public WireMockServer VibeLux { get; } = WireMockServer.Start();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Integration:VibeLuxApiUrl"] = VibeLux.Url,
        ["Marketplace:Integration:DataSync"] = "Manual",
    };

    public override async ValueTask DisposeAsync()
    {
        VibeLux.Stop();
        VibeLux.Dispose();
        await base.DisposeAsync();
    }
}

public sealed class VibeLuxSyncTests(VibeLuxApiFactory api) : ApiTestBase(api), IClassFixture<VibeLuxApiFactory>
{
    private static string Page(string facilityId, string owner, string updatedAt, string? next) =>
        new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject
            {
                ["facilityId"] = facilityId, ["ownerUserId"] = owner, ["name"] = $"Facility {facilityId}", ["city"] = "Salinas", ["state"] = "CA",
                ["growRooms"] = new JsonArray(new JsonObject { ["name"] = "Bay 1", ["areaSqFt"] = 5000, ["crop"] = "basil" }),
                ["certifications"] = new JsonArray("non-gmo"), ["energy"] = new JsonObject { ["renewableSharePercent"] = 40 },
                ["updatedAt"] = updatedAt,
            }),
            ["nextCursor"] = next,
        }.ToJsonString();

    [SkippableFact]
    public async Task ManualSync_PagesThrough_RetriesAFailure_AndKeepsItsCursor()
    {
        var server = ((VibeLuxApiFactory)Api).VibeLux;
        server.Reset();
        var grower = await NewGrowerAsync();
        server.Given(Request.Create().WithPath("/api/facilities").UsingGet().WithParam("cursor", new ExactMatcher("p2")))
            .AtPriority(1).InScenario("flaky").WillSetStateTo("failed")
            .RespondWith(Response.Create().WithStatusCode(500));
        server.Given(Request.Create().WithPath("/api/facilities").UsingGet().WithParam("cursor", new ExactMatcher("p2")))
            .AtPriority(1).InScenario("flaky").WhenStateIs("failed")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Page("fac-2", "someone-else", "2026-11-24T12:00:00Z", null)));
        server.Given(Request.Create().WithPath("/api/facilities").UsingGet().WithParam("updatedSince", new WildcardMatcher("2026-11-24T12:00:00*")))
            .AtPriority(2).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"items":[],"nextCursor":null}"""));
        server.Given(Request.Create().WithPath("/api/facilities").UsingGet())
            .AtPriority(10).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Page("fac-1", "grower-1", "2026-11-24T09:00:00Z", "p2")));
        var admin = As("ops", "admin");

        var first = await Expect(await admin.PostAsync(Url("/integrations/vibelux/sync"), null), HttpStatusCode.OK);

        Assert.Equal(2, first["facilities"]!.GetValue<int>());
        Assert.Equal(1, first["growersUpdated"]!.GetValue<int>());
        Assert.Equal(2, server.LogEntries.Count(e => e.RequestMessage.Query?.ContainsKey("cursor") == true));
        var profile = await Expect(await Anonymous().GetAsync(Url($"/growers/{grower.Id}")), HttpStatusCode.OK);
        Assert.Equal("Facility fac-1", profile["facility"]!["name"]!.GetValue<string>());

        server.ResetLogEntries();
        var second = await Expect(await admin.PostAsync(Url("/integrations/vibelux/sync"), null), HttpStatusCode.OK);
        Assert.Equal(0, second["facilities"]!.GetValue<int>());
        var call = Assert.Single(server.LogEntries);
        Assert.StartsWith("2026-11-24T12:00:00", call.RequestMessage.Query!["updatedSince"].Single(), StringComparison.Ordinal);
        await ExpectProblem(await As("g", "grower").PostAsync(Url("/integrations/vibelux/sync"), null), HttpStatusCode.Forbidden, "role_required");
    }

    [SkippableFact]
    public async Task ManualSync_AFacilityBreakingTheProfileRules_IsSkippedAndStoresNothing()
    {
        var server = ((VibeLuxApiFactory)Api).VibeLux;
        server.Reset();
        var grower = await NewGrowerAsync();
        var page = JsonNode.Parse(Page("fac-1", "grower-1", "2026-11-24T09:00:00Z", null))!;
        page["items"]![0]!["certifications"] = new JsonArray("usda-organic", Guid.NewGuid().ToString("N") + "-X", null);
        page["items"]![0]!["growRooms"] = new JsonArray((JsonNode?)null);
        server.Given(Request.Create().WithPath("/api/facilities").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(page.ToJsonString()));

        var result = await Expect(await As("ops", "admin").PostAsync(Url("/integrations/vibelux/sync"), null), HttpStatusCode.OK);

        Assert.Equal(1, result["facilities"]!.GetValue<int>());
        Assert.Equal(0, result["growersUpdated"]!.GetValue<int>());
        Assert.Equal(1, result["rejected"]!.GetValue<int>());
        var profile = await Expect(await Anonymous().GetAsync(Url($"/growers/{grower.Id}")), HttpStatusCode.OK);
        Assert.Null(profile["facility"]);
        Assert.Equal(["usda-organic"], profile["certifications"]!.AsArray().Select(c => c!.GetValue<string>()));
        await Expect(await grower.Client.GetAsync(Url($"/listings?growerId={grower.Id}&facets=true")), HttpStatusCode.OK);
    }
}
