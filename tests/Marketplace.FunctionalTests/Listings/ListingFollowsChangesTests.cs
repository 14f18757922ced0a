using System.Net;
using System.Net.Http.Json;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Listings;

/// <summary>
/// What a listing shows that lives elsewhere (its farm's name, its grower's rating) changes the listing
/// itself: a new ETag and a <c>listing.updated</c> event, which the search index and the board cache follow.
/// </summary>
public abstract class ListingFollowsChangesTests(ApiFactory api) : ApiTestBase(api)
{
    private ConsumerLog Log => Api.Services.GetRequiredService<ConsumerLog>();

    private async Task DispatchAllDueAsync()
    {
        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }
    }

    private List<string> TypesFor(string listingId) =>
        Log.Received.Where(e => e.Data.ToString().Contains(listingId, StringComparison.Ordinal)).Select(e => e.Type).ToList();

    private async Task<string> ETagOf(string listingId) =>
        (await Anonymous().GetAsync(Url($"/listings/{listingId}"))).Headers.ETag!.Tag;

    [SkippableFact]
    public async Task RenamingTheFarm_GivesEachListingANewETag_AndPublishesListingUpdated()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var before = await ETagOf(Id(listing));
        await DispatchAllDueAsync();
        Log.Reset();

        await Expect(await grower.Client.PutAsJsonAsync(Url("/users/me/grower-profile"), new
        {
            farmName = "Bluebird Greenhouses", description = "Hydroponic greens", city = "Salinas", state = "CA", postalCode = "93901",
            latitude = 36.67, longitude = -121.65, growingMethods = new[] { "hydroponic" }, certifications = new[] { "usda-organic" },
            facilitySizeSqFt = 20000,
        }), HttpStatusCode.OK);

        var renamed = await GetListingAsync(Id(listing));
        Assert.Equal("Bluebird Greenhouses", renamed["farmName"]!.GetValue<string>());
        Assert.NotEqual(before, await ETagOf(Id(listing)));
        var board = await Expect(await Anonymous().GetAsync(Url("/listings?q=bluebird")), HttpStatusCode.OK);
        Assert.Equal([Id(listing)], Ids(board));

        await DispatchAllDueAsync();
        Assert.Contains("listing.updated", TypesFor(Id(listing)));
    }

    [SkippableFact]
    public async Task ReviewingAnOrder_MovesTheRatingOntoTheListing_WithANewETagAndListingUpdated()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        await Act(grower.Client, order, "confirm");
        await Act(grower.Client, order, "ship");
        await Act(buyer.Client, order, "deliver");
        // The board page as an anonymous visitor sees it, sorted by rating (and cached).
        var boardBefore = await Expect(await Anonymous().GetAsync(Url("/listings?sort=rating")), HttpStatusCode.OK);
        Assert.Equal(0, boardBefore["items"]![0]!["growerRating"]!.GetValue<double>());
        var before = await ETagOf(Id(listing));
        await DispatchAllDueAsync();
        Log.Reset();

        await Act(buyer.Client, order, "review", body: new { rating = 4, comment = "Crisp." });

        Assert.Equal(4, (await GetListingAsync(Id(listing)))["growerRating"]!.GetValue<double>());
        Assert.NotEqual(before, await ETagOf(Id(listing)));
        var boardAfter = await Expect(await Anonymous().GetAsync(Url("/listings?sort=rating")), HttpStatusCode.OK);
        Assert.Equal(4, boardAfter["items"]![0]!["growerRating"]!.GetValue<double>());

        await DispatchAllDueAsync();
        Assert.Contains("listing.updated", TypesFor(Id(listing)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteListingFollowsChangesTests(SqliteApiFactory api) : ListingFollowsChangesTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresListingFollowsChangesTests(PostgresApiFactory api) : ListingFollowsChangesTests(api);
