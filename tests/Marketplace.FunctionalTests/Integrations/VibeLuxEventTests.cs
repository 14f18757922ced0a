using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Integrations;

public abstract class VibeLuxEventTests(ApiFactory api) : ApiTestBase(api)
{
    private Task<HttpResponseMessage> Send(string payload, DateTimeOffset? signedAt = null, string secret = ApiFactory.VibeLuxSecret, string? tamperedBody = null)
    {
        var t = (signedAt ?? Api.Clock.GetUtcNow()).ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        var request = new HttpRequestMessage(HttpMethod.Post, Url("/integrations/vibelux/events"))
        {
            Content = new StringContent(tamperedBody ?? payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("X-VibeLux-Signature", $"t={t},v1={Convert.ToHexString(mac).ToLowerInvariant()}");
        return Anonymous().SendAsync(request);
    }

    private static string Facility(string eventId, string owner = "grower-1") => new JsonObject
    {
        ["id"] = eventId, ["type"] = "facility.updated", ["occurredAt"] = "2026-11-24T10:00:00Z",
        ["data"] = new JsonObject
        {
            ["facilityId"] = "fac-9", ["ownerUserId"] = owner, ["name"] = "Salinas Greenhouse 2", ["city"] = "Salinas", ["state"] = "CA",
            ["growRooms"] = new JsonArray(new JsonObject { ["name"] = "Bay A", ["areaSqFt"] = 12000, ["crop"] = "lettuce" }),
            ["certifications"] = new JsonArray("gap-certified"),
            ["energy"] = new JsonObject { ["renewableSharePercent"] = 62.5, ["kwhPerKg"] = 8.4 },
        },
    }.ToJsonString();

    private static string Harvest(string eventId, string harvestId) => new JsonObject
    {
        ["id"] = eventId, ["type"] = "harvest.completed", ["occurredAt"] = "2026-11-24T10:00:00Z",
        ["data"] = new JsonObject
        {
            ["facilityId"] = "fac-9", ["ownerUserId"] = "grower-1", ["harvestId"] = harvestId, ["productType"] = "lettuce",
            ["variety"] = "Butterhead", ["category"] = "leafy-greens", ["quantity"] = 80, ["unit"] = "case", ["harvestDate"] = "2026-11-24",
        },
    }.ToJsonString();

    [SkippableFact]
    public async Task FacilityUpdated_ShowsOnTheGrowersProfile_Once()
    {
        var grower = await NewGrowerAsync();

        Assert.Equal("applied", (await Expect(await Send(Facility("evt-1")), HttpStatusCode.OK))["outcome"]!.GetValue<string>());
        Assert.Equal("duplicate", (await Expect(await Send(Facility("evt-1")), HttpStatusCode.OK))["outcome"]!.GetValue<string>());

        var profile = await Expect(await Anonymous().GetAsync(Url($"/growers/{grower.Id}")), HttpStatusCode.OK);
        Assert.Equal("Salinas Greenhouse 2", profile["facility"]!["name"]!.GetValue<string>());
        Assert.Equal(12000m, profile["facility"]!["growRooms"]![0]!["areaSqFt"]!.GetValue<decimal>());
        Assert.Equal(["usda-organic", "gap-certified"], profile["certifications"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [SkippableTheory]
    [InlineData("tampered")]
    [InlineData("wrong secret")]
    [InlineData("stale")]
    public async Task BadOrStaleSignature_Returns401AndChangesNothing(string kind)
    {
        var grower = await NewGrowerAsync();
        var payload = Facility("evt-bad");
        var response = kind switch
        {
            "tampered" => await Send(payload, tamperedBody: payload.Replace("Greenhouse 2", "Greenhouse 3", StringComparison.Ordinal)),
            "wrong secret" => await Send(payload, secret: "not-the-secret"),
            _ => await Send(payload, Api.Clock.GetUtcNow().AddMinutes(-6)),
        };
        await ExpectProblem(response, HttpStatusCode.Unauthorized, "invalid_signature");
        Assert.Null((await Expect(await Anonymous().GetAsync(Url($"/growers/{grower.Id}")), HttpStatusCode.OK))["facility"]);
    }

    [SkippableFact]
    public async Task HarvestCompleted_PreparesOneDraftPerHarvest_WhichNeedsAPriceToPublish()
    {
        var grower = await NewGrowerAsync();

        await Expect(await Send(Harvest("evt-h1", "harvest-77")), HttpStatusCode.OK);
        await Expect(await Send(Harvest("evt-h2", "harvest-77")), HttpStatusCode.OK);
        Assert.Equal("ignored", (await Expect(await Send("""{"id":"evt-x","type":"crop.planted","occurredAt":"2026-11-24T10:00:00Z","data":{}}"""), HttpStatusCode.OK))["outcome"]!.GetValue<string>());

        var mine = await Expect(await grower.Client.GetAsync(Url($"/listings?growerId={grower.Id}")), HttpStatusCode.OK);
        var draft = mine["items"]!.AsArray().Single()!;
        Assert.Equal("draft", draft["status"]!.GetValue<string>());
        Assert.Equal("Butterhead lettuce", draft["title"]!.GetValue<string>());
        Assert.Equal(80m, draft["stock"]!["available"]!.GetValue<decimal>());
        await ExpectProblem(await grower.Client.PostAsync(Url($"/listings/{Id(draft)}/publish"), null), HttpStatusCode.Conflict, "price_required");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteVibeLuxEventTests(SqliteApiFactory api) : VibeLuxEventTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresVibeLuxEventTests(PostgresApiFactory api) : VibeLuxEventTests(api);
