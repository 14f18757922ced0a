using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Integrations;

/// <summary>Signed VibeLux events whose data breaks the rules are 400 <c>invalid_event</c>, store nothing and can be resent corrected.</summary>
public abstract class VibeLuxEventPayloadTests(ApiFactory api) : ApiTestBase(api)
{
    private Task<HttpResponseMessage> Send(JsonNode envelope) => PostSignedVibeLuxEvent(envelope.ToJsonString());

    private static JsonObject Envelope(string id, string type, JsonNode? data)
    {
        var envelope = new JsonObject { ["id"] = id, ["type"] = type, ["occurredAt"] = "2026-11-24T10:00:00Z" };
        if (data is not null) envelope["data"] = data;
        return envelope;
    }

    private static JsonObject FacilityData() => new()
    {
        ["facilityId"] = "fac-9", ["ownerUserId"] = "grower-1", ["name"] = "Salinas Greenhouse 2", ["city"] = "Salinas", ["state"] = "CA",
        ["growRooms"] = new JsonArray(new JsonObject { ["name"] = "Bay A", ["areaSqFt"] = 12000, ["crop"] = "lettuce" }),
        ["certifications"] = new JsonArray("gap-certified"),
    };

    private static JsonObject HarvestData() => new()
    {
        ["facilityId"] = "fac-9", ["ownerUserId"] = "grower-1", ["harvestId"] = "harvest-1", ["productType"] = "lettuce",
        ["variety"] = "Butterhead", ["category"] = "leafy-greens", ["quantity"] = 80, ["unit"] = "case", ["harvestDate"] = "2026-11-24",
    };

    private async Task<JsonNode> ProfileAsync(Grower grower) => await Expect(await Anonymous().GetAsync(Url($"/growers/{grower.Id}")), HttpStatusCode.OK);

    [SkippableTheory]
    [InlineData("facility.updated")]
    [InlineData("harvest.completed")]
    public async Task Event_WithoutData_Returns400InvalidEvent_AndACorrectedResendIsApplied(string type)
    {
        var grower = await NewGrowerAsync();

        await ExpectProblem(await Send(Envelope("evt-1", type, null)), HttpStatusCode.BadRequest, "invalid_event");

        var data = type == "facility.updated" ? FacilityData() : HarvestData();
        var resent = await Expect(await Send(Envelope("evt-1", type, data)), HttpStatusCode.OK);
        Assert.Equal("applied", resent["outcome"]!.GetValue<string>());
        if (type == "facility.updated")
            Assert.Equal("Salinas Greenhouse 2", (await ProfileAsync(grower))["facility"]!["name"]!.GetValue<string>());
        else
            Assert.Single((await Expect(await grower.Client.GetAsync(Url($"/listings?growerId={grower.Id}")), HttpStatusCode.OK))["items"]!.AsArray());
    }

    public static TheoryData<string, string> BadFacilities() => new()
    {
        { "growRooms", "[null]" },
        { "growRooms", "[{\"name\":\"Bay A\",\"areaSqFt\":-5}]" },
        { "growRooms", "{}" },
        { "certifications", "[\"usda-organic\",null]" },
        { "certifications", "[\"Not A Code\"]" },
        { "certifications", "[\"" + new string('a', 51) + "\"]" },
        { "certifications", "[" + string.Join(',', Enumerable.Range(0, 21).Select(i => $"\"c{i}\"")) + "]" },
        { "name", "\"" + new string('n', 121) + "\"" },
        { "facilityId", "null" },
        { "ownerUserId", "42" },
        { "energy", "{\"renewableSharePercent\":250}" },
    };

    [SkippableTheory]
    [MemberData(nameof(BadFacilities))]
    public async Task FacilityUpdated_WithBadData_Returns400InvalidEvent_AndStoresNothing(string field, string json)
    {
        var grower = await NewGrowerAsync();
        var data = FacilityData();
        data[field] = JsonNode.Parse(json);

        var problem = await ExpectProblem(await Send(Envelope("evt-bad", "facility.updated", data)), HttpStatusCode.BadRequest, "invalid_event");
        Assert.True(problem["errors"]?.AsObject().Any(e => e.Key.StartsWith("data", StringComparison.Ordinal)), problem.ToJsonString());

        var profile = await ProfileAsync(grower);
        Assert.Null(profile["facility"]);
        Assert.Equal(["usda-organic"], profile["certifications"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("applied", (await Expect(await Send(Envelope("evt-bad", "facility.updated", FacilityData())), HttpStatusCode.OK))["outcome"]!.GetValue<string>());
    }

    public static TheoryData<string, string> BadHarvests() => new()
    {
        { "harvestId", "null" },
        { "harvestId", "\"" + new string('h', 101) + "\"" },
        { "productType", "\"" + new string('p', 61) + "\"" },
        { "quantity", "\"lots\"" },
        { "quantity", "1e30" },
        { "harvestDate", "\"yesterday\"" },
    };

    [SkippableTheory]
    [MemberData(nameof(BadHarvests))]
    public async Task HarvestCompleted_WithBadData_Returns400InvalidEvent_AndCreatesNoDraft(string field, string json)
    {
        var grower = await NewGrowerAsync();
        var data = HarvestData();
        data[field] = JsonNode.Parse(json);

        await ExpectProblem(await Send(Envelope("evt-h", "harvest.completed", data)), HttpStatusCode.BadRequest, "invalid_event");

        var mine = await Expect(await grower.Client.GetAsync(Url($"/listings?growerId={grower.Id}")), HttpStatusCode.OK);
        Assert.Empty(mine["items"]!.AsArray());
    }

    [SkippableFact]
    public async Task FacilityThenHarvest_TheGrowersOwnBoardWithFacets_Answers200()
    {
        var grower = await NewGrowerAsync();
        var dirty = FacilityData();
        dirty["certifications"] = new JsonArray("usda-organic", Guid.NewGuid().ToString(), null);
        await ExpectProblem(await Send(Envelope("evt-f1", "facility.updated", dirty)), HttpStatusCode.BadRequest, "invalid_event");
        await Expect(await Send(Envelope("evt-f2", "facility.updated", FacilityData())), HttpStatusCode.OK);
        await Expect(await Send(Envelope("evt-h1", "harvest.completed", HarvestData())), HttpStatusCode.OK);

        var mine = await Expect(await grower.Client.GetAsync(Url($"/listings?growerId={grower.Id}&facets=true")), HttpStatusCode.OK);

        Assert.Single(mine["items"]!.AsArray());
        var certifications = mine["facets"]!["certification"]!.AsObject().Select(c => c.Key).Order();
        Assert.Equal(["gap-certified", "usda-organic"], certifications);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteVibeLuxEventPayloadTests(SqliteApiFactory api) : VibeLuxEventPayloadTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresVibeLuxEventPayloadTests(PostgresApiFactory api) : VibeLuxEventPayloadTests(api);
