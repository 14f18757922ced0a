using System.Net;
using System.Net.Http.Json;
using Marketplace.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Users;

public abstract class ProfileTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task GetMe_FirstCall_CreatesTheUserFromTheToken_AndKeepsTheSameId()
    {
        var client = As("vibelux-user-42", "buyer");

        var first = await Expect(await client.GetAsync(Url("/users/me")), HttpStatusCode.OK);
        var second = await Expect(await client.GetAsync(Url("/users/me")), HttpStatusCode.OK);

        Assert.Equal("vibelux-user-42", first["externalId"]!.GetValue<string>());
        Assert.Equal("vibelux-user-42@example.test", first["email"]!.GetValue<string>());
        Assert.Equal(Id(first), Id(second));
        Assert.Null(first["growerProfile"]);
    }

    /// <summary>A caller the marketplace has never seen opens several tabs at once: one user is provisioned, every call answers it.</summary>
    [SkippableFact]
    public async Task GetMe_ConcurrentFirstCalls_AllAnswerTheOneUserProvisioned()
    {
        var client = As("never-seen-tabs", "buyer");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.GetAsync(Url("/users/me"))));

        var ids = new HashSet<string>();
        foreach (var response in responses) ids.Add(Id(await Expect(response, HttpStatusCode.OK)));
        Assert.Single(ids);
    }

    /// <summary>Provisioning comes before the handler, so a query of a first-time caller already finds the caller.</summary>
    [SkippableFact]
    public async Task AFirstTimeCallersFirstRequest_ProvisionsTheUser_WhateverItAsks()
    {
        var client = As("first-asks-for-orders", "buyer");

        await Expect(await client.GetAsync(Url("/orders")), HttpStatusCode.OK);

        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Marketplace.Infrastructure.Persistence.MarketplaceDbContext>();
        Assert.True(await db.Users.AnyAsync(u => u.ExternalId == "first-asks-for-orders"));
    }

    [SkippableFact]
    public async Task GetMe_ListsOnlyTheMarketplaceRolesOfTheToken()
    {
        var me = await Expect(await As("many-hats", "buyer", "superuser", "grower").GetAsync(Url("/users/me")), HttpStatusCode.OK);

        Assert.Equal(["buyer", "grower"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task UpsertGrowerProfile_ThenPublicProfile_ShowsFarmAndActiveListingCount()
    {
        var grower = await NewGrowerAsync();
        await CreateListingAsync(grower.Client);
        await CreateListingAsync(grower.Client, publish: false);

        var profile = await Expect(await Anonymous().GetAsync(Url($"/growers/{grower.Id}")), HttpStatusCode.OK);

        Assert.Equal("Green Acre Farm", profile["farmName"]!.GetValue<string>());
        Assert.Equal("Salinas", profile["location"]!["city"]!.GetValue<string>());
        Assert.Equal(1, profile["activeListings"]!.GetValue<int>());
        Assert.Equal(["hydroponic"], profile["growingMethods"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.False(profile["verified"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task UpsertGrowerProfile_RenamingTheFarm_RenamesItOnListingsAndInSearch()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);

        await Expect(await grower.Client.PutAsJsonAsync(Url("/users/me/grower-profile"),
            new { farmName = "Sunrise Hydro", city = "Salinas", state = "CA", postalCode = "93901" }), HttpStatusCode.OK);

        var renamed = await Expect(await Anonymous().GetAsync(Url($"/listings/{Id(listing)}")), HttpStatusCode.OK);
        Assert.Equal("Sunrise Hydro", renamed["farmName"]!.GetValue<string>());
        var found = await Expect(await Anonymous().GetAsync(Url("/listings?q=sunrise")), HttpStatusCode.OK);
        Assert.Equal([Id(listing)], Ids(found));
        Assert.Empty(Ids(await Expect(await Anonymous().GetAsync(Url("/listings?q=acre")), HttpStatusCode.OK)));
    }

    [SkippableFact]
    public async Task UpsertBuyerProfile_StoresBusinessAndAddress()
    {
        var buyer = As("buyer-1", "buyer");
        var me = await Expect(await buyer.PutAsJsonAsync(Url("/users/me/buyer-profile"), new
        {
            businessName = "Mission Street Bistro", businessType = "restaurant",
            deliveryAddress = new { line1 = "2100 Mission St", city = "San Francisco", state = "CA", postalCode = "94110", latitude = 37.76, longitude = -122.42 },
        }), HttpStatusCode.OK);

        Assert.Equal("restaurant", me["buyerProfile"]!["businessType"]!.GetValue<string>());
        var again = await Expect(await buyer.GetAsync(Url("/users/me")), HttpStatusCode.OK);
        Assert.Equal("2100 Mission St", again["buyerProfile"]!["deliveryAddress"]!["line1"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Profiles_WrongRoleOrBadInput_AreRefused()
    {
        await ExpectProblem(await As("buyer-1", "buyer").PutAsJsonAsync(Url("/users/me/grower-profile"),
            new { farmName = "X", city = "Y", state = "CA", postalCode = "1" }), HttpStatusCode.Forbidden, "role_required");
        await ExpectProblem(await As("grower-1", "grower").PutAsJsonAsync(Url("/users/me/buyer-profile"),
            new { businessName = "X", businessType = "restaurant", deliveryAddress = new { line1 = "1", city = "Y", state = "CA", postalCode = "1" } }),
            HttpStatusCode.Forbidden, "role_required");
        var problem = await ExpectProblem(await As("grower-1", "grower").PutAsJsonAsync(Url("/users/me/grower-profile"),
            new { farmName = "", city = "Y", state = "CA", postalCode = "1", latitude = 95 }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]!["farmName"]);
        Assert.NotNull(problem["errors"]!["latitude"]);
        await ExpectProblem(await Anonymous().GetAsync(Url($"/growers/{Guid.NewGuid()}")), HttpStatusCode.NotFound, "not_found");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteProfileTests(SqliteApiFactory api) : ProfileTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresProfileTests(PostgresApiFactory api) : ProfileTests(api);
