using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Orders;

/// <summary>A delivery order is always located, so the grower's radius is always checked.</summary>
public abstract class DeliveryLocationTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task PlaceOrder_DeliveryToAProfileAddressWithoutCoordinates_Returns400UnlocatedAndReservesNothing()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var buyer = As("buyer-far", "buyer");
        await Expect(await buyer.PutAsJsonAsync(Url("/users/me/buyer-profile"), new
        {
            businessName = "Far bistro", businessType = "restaurant",
            deliveryAddress = new { line1 = "1 Market St", city = "San Francisco", state = "CA", postalCode = "94105" },
        }), HttpStatusCode.OK);

        var problem = await ExpectProblem(await PostJson(buyer, Url("/orders"), OrderBody(Id(listing), 10)),
            HttpStatusCode.BadRequest, "delivery_address_unlocated");

        Assert.NotNull(problem["errors"]?["deliveryAddress"]);
        Assert.Equal(0m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
        Assert.Empty((await Expect(await buyer.GetAsync(Url("/orders")), HttpStatusCode.OK))["items"]!.AsArray());
    }

    [SkippableFact]
    public async Task PlaceOrder_DeliveryToABodyAddressWithoutCoordinates_Returns400Unlocated()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var buyer = await NewBuyerAsync();
        var body = OrderBody(Id(listing), 10);
        body["deliveryAddress"] = new JsonObject { ["line1"] = "1 Market St", ["city"] = "San Francisco", ["state"] = "CA", ["postalCode"] = "94105" };

        await ExpectProblem(await PostJson(buyer.Client, Url("/orders"), body), HttpStatusCode.BadRequest, "delivery_address_unlocated");

        Assert.Equal(0m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task PlaceOrder_PickupWithoutAnyCoordinates_IsPlaced()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var buyer = As("buyer-pickup", "buyer");
        await Expect(await buyer.PutAsJsonAsync(Url("/users/me/buyer-profile"), new
        {
            businessName = "Pickup bistro", businessType = "restaurant",
            deliveryAddress = new { line1 = "1 Market St", city = "San Francisco", state = "CA", postalCode = "94105" },
        }), HttpStatusCode.OK);

        await PlaceOrderAsync(buyer, Id(listing), 10, "pickup");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDeliveryLocationTests(SqliteApiFactory api) : DeliveryLocationTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeliveryLocationTests(PostgresApiFactory api) : DeliveryLocationTests(api);
