using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Favorites;

public abstract class FavoritesTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task Favorites_PutTwice_IsOneFavorite_AndAnInactiveListingIsShownWithItsStatus()
    {
        var grower = await NewGrowerAsync();
        var kept = await CreateListingAsync(grower.Client);
        var paused = await CreateListingAsync(grower.Client);
        var buyer = await NewBuyerAsync();

        foreach (var _ in Enumerable.Range(0, 2))
        {
            await Expect(await buyer.Client.PutAsync(Url($"/users/me/favorites/growers/{grower.Id}"), null), HttpStatusCode.NoContent);
            await Expect(await buyer.Client.PutAsync(Url($"/users/me/favorites/listings/{Id(kept)}"), null), HttpStatusCode.NoContent);
            await Expect(await buyer.Client.PutAsync(Url($"/users/me/favorites/listings/{Id(paused)}"), null), HttpStatusCode.NoContent);
        }
        await Expect(await PostJson(grower.Client, Url($"/listings/{Id(paused)}/pause"), new JsonObject()), HttpStatusCode.OK);

        var favorites = await Expect(await buyer.Client.GetAsync(Url("/users/me/favorites")), HttpStatusCode.OK);

        Assert.Equal([grower.Id.ToString()], favorites["growers"]!.AsArray().Select(g => g!["growerId"]!.GetValue<string>()));
        Assert.Equal("Green Acre Farm", favorites["growers"]![0]!["farmName"]!.GetValue<string>());
        var listings = favorites["listings"]!.AsArray();
        Assert.Equal(2, listings.Count);
        Assert.Equal("paused", listings.Single(l => Id(l!) == Id(paused))!["status"]!.GetValue<string>());
        Assert.Equal("active", listings.Single(l => Id(l!) == Id(kept))!["status"]!.GetValue<string>());

        await Expect(await buyer.Client.DeleteAsync(Url($"/users/me/favorites/listings/{Id(kept)}")), HttpStatusCode.NoContent);
        await Expect(await buyer.Client.DeleteAsync(Url($"/users/me/favorites/listings/{Id(kept)}")), HttpStatusCode.NoContent);
        await Expect(await buyer.Client.DeleteAsync(Url($"/users/me/favorites/growers/{grower.Id}")), HttpStatusCode.NoContent);
        var after = await Expect(await buyer.Client.GetAsync(Url("/users/me/favorites")), HttpStatusCode.OK);
        Assert.Empty(after["growers"]!.AsArray());
        Assert.Equal([Id(paused)], after["listings"]!.AsArray().Select(l => Id(l!)));
    }

    [SkippableFact]
    public async Task Favorites_UnknownOrHiddenIds_Are404_AndAnonymousIs401()
    {
        var grower = await NewGrowerAsync();
        var draft = await CreateListingAsync(grower.Client, publish: false);
        var buyer = await NewBuyerAsync();

        await ExpectProblem(await buyer.Client.PutAsync(Url($"/users/me/favorites/growers/{Guid.NewGuid()}"), null), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await buyer.Client.PutAsync(Url($"/users/me/favorites/listings/{Guid.NewGuid()}"), null), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await buyer.Client.PutAsync(Url($"/users/me/favorites/listings/{Id(draft)}"), null), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await buyer.Client.DeleteAsync(Url($"/users/me/favorites/growers/{Guid.NewGuid()}")), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await buyer.Client.DeleteAsync(Url($"/users/me/favorites/listings/{Guid.NewGuid()}")), HttpStatusCode.NotFound, "not_found");
        // A buyer id is not a grower.
        await ExpectProblem(await buyer.Client.PutAsync(Url($"/users/me/favorites/growers/{buyer.Id}"), null), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync(Url("/users/me/favorites"))).StatusCode);

        var favorites = await Expect(await buyer.Client.GetAsync(Url("/users/me/favorites")), HttpStatusCode.OK);
        Assert.Empty(favorites["growers"]!.AsArray());
        Assert.Empty(favorites["listings"]!.AsArray());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFavoritesTests(SqliteApiFactory api) : FavoritesTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFavoritesTests(PostgresApiFactory api) : FavoritesTests(api);
