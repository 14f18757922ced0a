using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Listings;

public abstract class ListingLifecycleTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task CreateListing_AsGrowerWithProfile_Returns201DraftWithLocationAndETag()
    {
        var grower = await NewGrowerAsync();

        var response = await PostJson(grower.Client, Url("/listings"), Bodies.Listing());

        var listing = await Expect(response, HttpStatusCode.Created);
        Assert.Equal(Url($"/listings/{Id(listing)}"), response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("draft", listing["status"]!.GetValue<string>());
        Assert.Equal(grower.Id.ToString(), listing["growerId"]!.GetValue<string>());
        Assert.Equal("Green Acre Farm", listing["farmName"]!.GetValue<string>());
        Assert.Equal(2450, listing["unitPrice"]!["amount"]!.GetValue<long>());
        Assert.Equal("leafy-greens", listing["category"]!.GetValue<string>());
        Assert.Equal(120m, listing["stock"]!["available"]!.GetValue<decimal>());
        Assert.Equal(0m, listing["stock"]!["reserved"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task GetListing_Draft_IsVisibleToOwnerOnly()
    {
        var grower = await NewGrowerAsync();
        var draft = await CreateListingAsync(grower.Client, publish: false);

        await Expect(await grower.Client.GetAsync(Url($"/listings/{Id(draft)}")), HttpStatusCode.OK);
        await ExpectProblem(await Anonymous().GetAsync(Url($"/listings/{Id(draft)}")), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await As("someone-else", "grower").GetAsync(Url($"/listings/{Id(draft)}")), HttpStatusCode.NotFound, "not_found");
    }

    [SkippableFact]
    public async Task PublishPauseArchive_FollowTheLifecycle_AndRefuseInvalidTransitions()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client, publish: false);
        var id = Id(listing);

        var published = await Expect(await grower.Client.PostAsync(Url($"/listings/{id}/publish"), null), HttpStatusCode.OK);
        Assert.Equal("active", published["status"]!.GetValue<string>());
        await ExpectProblem(await grower.Client.PostAsync(Url($"/listings/{id}/publish"), null), HttpStatusCode.Conflict, "invalid_transition");

        var paused = await Expect(await grower.Client.PostAsync(Url($"/listings/{id}/pause"), null), HttpStatusCode.OK);
        Assert.Equal("paused", paused["status"]!.GetValue<string>());

        var archived = await Expect(await grower.Client.PostAsync(Url($"/listings/{id}/archive"), null), HttpStatusCode.OK);
        Assert.Equal("archived", archived["status"]!.GetValue<string>());
        await ExpectProblem(await grower.Client.PostAsync(Url($"/listings/{id}/publish"), null), HttpStatusCode.Conflict, "invalid_transition");
        await ExpectProblem(await PutJson(grower.Client, Url($"/listings/{id}"), Bodies.ListingUpdate()), HttpStatusCode.Conflict, "invalid_transition");
    }

    [SkippableFact]
    public async Task UpdateListing_WithCurrentETag_Succeeds_AndStaleETagReturns412WithoutChange()
    {
        var grower = await NewGrowerAsync();
        var created = await PostJson(grower.Client, Url("/listings"), Bodies.Listing());
        var listing = await Expect(created, HttpStatusCode.Created);
        var firstETag = created.Headers.ETag!.Tag;

        var update = new HttpRequestMessage(HttpMethod.Put, Url($"/listings/{Id(listing)}"))
        {
            Content = JsonContent.Create(Bodies.ListingUpdate("Green oakleaf lettuce")),
        };
        update.Headers.TryAddWithoutValidation("If-Match", firstETag);
        var updated = await grower.Client.SendAsync(update);
        Assert.Equal("Green oakleaf lettuce", (await Expect(updated, HttpStatusCode.OK))["title"]!.GetValue<string>());
        Assert.NotEqual(firstETag, updated.Headers.ETag!.Tag);

        var stale = new HttpRequestMessage(HttpMethod.Put, Url($"/listings/{Id(listing)}"))
        {
            Content = JsonContent.Create(Bodies.ListingUpdate("Lost update")),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", firstETag);
        await ExpectProblem(await grower.Client.SendAsync(stale), HttpStatusCode.PreconditionFailed, "precondition_failed");

        var current = await Expect(await grower.Client.GetAsync(Url($"/listings/{Id(listing)}")), HttpStatusCode.OK);
        Assert.Equal("Green oakleaf lettuce", current["title"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task UpdateListing_FromAStaleFormAfterAReservation_NeverMovesStock()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client, b => b["quantityAvailable"] = 100);
        await PlaceOrderAsync(buyer.Client, Id(listing), 30);

        // The form was loaded before the reservation and still carries the old quantity.
        var staleForm = Bodies.Listing("Butterhead, edited");
        staleForm["quantityAvailable"] = 100;
        var refused = await ExpectProblem(await PutJson(grower.Client, Url($"/listings/{Id(listing)}"), staleForm),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(refused["errors"]!["quantityAvailable"]);

        var unchanged = await GetListingAsync(Id(listing));
        Assert.Equal("Butterhead lettuce", unchanged["title"]!.GetValue<string>());
        Assert.Equal(100m, unchanged["stock"]!["onHand"]!.GetValue<decimal>());
        Assert.Equal(30m, unchanged["stock"]!["reserved"]!.GetValue<decimal>());

        var edited = await Expect(await PutJson(grower.Client, Url($"/listings/{Id(listing)}"), Bodies.ListingUpdate("Butterhead, edited")),
            HttpStatusCode.OK);
        Assert.Equal("Butterhead, edited", edited["title"]!.GetValue<string>());
        Assert.Equal(100m, edited["stock"]!["onHand"]!.GetValue<decimal>());
        Assert.Equal(30m, edited["stock"]!["reserved"]!.GetValue<decimal>());
        Assert.Equal(70m, edited["stock"]!["available"]!.GetValue<decimal>());

        var ledger = await Expect(await grower.Client.GetAsync(Url($"/listings/{Id(listing)}/stock-movements")), HttpStatusCode.OK);
        Assert.DoesNotContain(ledger["items"]!.AsArray(), line => line!["kind"]!.GetValue<string>() == "adjusted");
    }

    [SkippableFact]
    public async Task UpdateListing_OfAnotherGrower_Returns404AndChangesNothing()
    {
        var owner = await NewGrowerAsync("owner");
        var other = await NewGrowerAsync("other", "Other Farm");
        var listing = await CreateListingAsync(owner.Client);

        await ExpectProblem(await PutJson(other.Client, Url($"/listings/{Id(listing)}"), Bodies.ListingUpdate("Hijacked")),
            HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await other.Client.PostAsync(Url($"/listings/{Id(listing)}/pause"), null), HttpStatusCode.NotFound, "not_found");

        var unchanged = await Expect(await Anonymous().GetAsync(Url($"/listings/{Id(listing)}")), HttpStatusCode.OK);
        Assert.Equal("Butterhead lettuce", unchanged["title"]!.GetValue<string>());
        Assert.Equal("active", unchanged["status"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task AdjustStock_AppendsToTheLedger_AndSellsOutAndRestocks()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client, b => b["quantityAvailable"] = 10);
        var id = Id(listing);

        var soldOut = await Expect(await grower.Client.PostAsJsonAsync(Url($"/listings/{id}/stock"),
            new { kind = "adjusted", quantity = -10, reason = "spoiled" }), HttpStatusCode.OK);
        Assert.Equal("sold_out", soldOut["status"]!.GetValue<string>());
        Assert.Equal(0m, soldOut["stock"]!["available"]!.GetValue<decimal>());

        await ExpectProblem(await grower.Client.PostAsJsonAsync(Url($"/listings/{id}/stock"), new { kind = "adjusted", quantity = -1 }),
            HttpStatusCode.Conflict, "insufficient_stock");

        var restocked = await Expect(await grower.Client.PostAsJsonAsync(Url($"/listings/{id}/stock"),
            new { kind = "received", quantity = 25.5, reason = "harvest" }), HttpStatusCode.OK);
        Assert.Equal("active", restocked["status"]!.GetValue<string>());
        Assert.Equal(25.5m, restocked["stock"]!["onHand"]!.GetValue<decimal>());

        var ledger = await Expect(await grower.Client.GetAsync(Url($"/listings/{id}/stock-movements")), HttpStatusCode.OK);
        var lines = ledger["items"]!.AsArray();
        Assert.Equal(["received", "adjusted", "received"], lines.Select(l => l!["kind"]!.GetValue<string>()).Reverse());
        Assert.Equal(25.5m, lines[0]!["onHandAfter"]!.GetValue<decimal>());
        Assert.Equal(lines.Sum(l => l!["quantity"]!.GetValue<decimal>()), lines[0]!["onHandAfter"]!.GetValue<decimal>());
        await ExpectProblem(await As("stranger", "grower").GetAsync(Url($"/listings/{id}/stock-movements")), HttpStatusCode.NotFound, "not_found");
    }

    [SkippableFact]
    public async Task StockMovements_PageByCursor_WithoutRepeats()
    {
        var grower = await NewGrowerAsync();
        var id = Id(await CreateListingAsync(grower.Client, b => b["quantityAvailable"] = 1));
        for (var i = 0; i < 4; i++)
            await Expect(await grower.Client.PostAsJsonAsync(Url($"/listings/{id}/stock"), new { kind = "received", quantity = 1 }), HttpStatusCode.OK);

        var seen = new List<int>();
        string? cursor = null;
        do
        {
            var page = await Expect(await grower.Client.GetAsync(Url($"/listings/{id}/stock-movements?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"))), HttpStatusCode.OK);
            seen.AddRange(page["items"]!.AsArray().Select(l => l!["sequence"]!.GetValue<int>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);

        Assert.Equal([5, 4, 3, 2, 1], seen);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteListingLifecycleTests(SqliteApiFactory api) : ListingLifecycleTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresListingLifecycleTests(PostgresApiFactory api) : ListingLifecycleTests(api);
