using System.Net;
using System.Text.Json.Nodes;
using Marketplace.Application.Orders;
using Marketplace.FunctionalTests.Support;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Orders;

public abstract class OrderLifecycleTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task FullLife_ConfirmShipDeliverReview_MovesStockAndRating()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);

        await ExpectProblem(await buyer.Client.PostAsync(Url($"/orders/{Id(order)}/confirm"), null), HttpStatusCode.Forbidden, "action_not_allowed");
        await ExpectProblem(await grower.Client.PostAsync(Url($"/orders/{Id(order)}/ship"), null), HttpStatusCode.Conflict, "invalid_transition");
        Assert.Equal("confirmed", (await Act(grower.Client, order, "confirm"))["status"]!.GetValue<string>());
        var stock = (await GetListingAsync(Id(listing)))["stock"]!;
        Assert.Equal(110m, stock["onHand"]!.GetValue<decimal>());
        Assert.Equal(0m, stock["reserved"]!.GetValue<decimal>());

        await Act(grower.Client, order, "ship");
        await ExpectProblem(await buyer.Client.PostAsync(Url($"/orders/{Id(order)}/cancel"), Json(new { reason = "late" })), HttpStatusCode.Conflict, "invalid_transition");
        var delivered = await Act(buyer.Client, order, "deliver");
        Assert.Equal(["pending_payment", "pending", "confirmed", "in_transit", "delivered"],
            delivered["timeline"]!.AsArray().Select(e => e!["status"]!.GetValue<string>()));

        var review = await Act(buyer.Client, order, "review", body: new { rating = 4, comment = "Crisp and cold on arrival." });
        Assert.Equal(4, review["rating"]!.GetValue<int>());
        await ExpectProblem(await buyer.Client.PostAsync(Url($"/orders/{Id(order)}/review"), Json(new { rating = 5 })), HttpStatusCode.Conflict, "already_reviewed");
        var profile = await Expect(await Anonymous().GetAsync(Url($"/growers/{grower.Id}")), HttpStatusCode.OK);
        Assert.Equal(4.0, profile["averageRating"]!.GetValue<double>());
        Assert.Equal(1, profile["reviewCount"]!.GetValue<int>());
        var reviews = await Expect(await Anonymous().GetAsync(Url($"/growers/{grower.Id}/reviews")), HttpStatusCode.OK);
        Assert.Equal("buyer-1 bistro", reviews["items"]![0]!["buyerName"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Review_BeforeDeliveryOrByTheGrowerOrOutOfRange_IsRefused()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 2);

        await ExpectProblem(await buyer.Client.PostAsync(Url($"/orders/{Id(order)}/review"), Json(new { rating = 5 })), HttpStatusCode.Conflict, "invalid_transition");
        await ExpectProblem(await grower.Client.PostAsync(Url($"/orders/{Id(order)}/review"), Json(new { rating = 5 })), HttpStatusCode.Forbidden, "action_not_allowed");
        await ExpectProblem(await buyer.Client.PostAsync(Url($"/orders/{Id(order)}/review"), Json(new { rating = 6 })), HttpStatusCode.BadRequest, "validation_failed");
        await ExpectProblem(await buyer.Client.PostAsync(Url($"/orders/{Id(order)}/review"), Json(new { rating = 3, comment = new string('x', 2001) })),
            HttpStatusCode.BadRequest, "validation_failed");
    }

    [SkippableFact]
    public async Task Cancel_ReleasesStock_AndRefundsAPaidOrder()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);

        var cancelled = await Act(buyer.Client, order, "cancel", body: new { reason = "menu changed" });

        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        Assert.Equal("refunded", cancelled["payment"]!["status"]!.GetValue<string>());
        Assert.Equal(24775, cancelled["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>());
        var stock = (await GetListingAsync(Id(listing)))["stock"]!;
        Assert.Equal(120m, stock["available"]!.GetValue<decimal>());
        await ExpectProblem(await buyer.Client.PostAsync(Url($"/orders/{Id(order)}/cancel"), Json(new { reason = "again" })), HttpStatusCode.Conflict, "invalid_transition");
        await ExpectProblem(await buyer.Client.PostAsync(Url($"/orders/{Id(order)}/cancel"), Json(new { })), HttpStatusCode.BadRequest, "validation_failed");
    }

    [SkippableFact]
    public async Task Refunds_PartialThenFull_NeverExceedWhatWasPaid()
    {
        var (grower, buyer, order) = await DeliveredOrderAsync();

        var partial = await Act(grower.Client, order, "refunds", body: new { amount = new { amount = 5000, currency = "USD" }, reason = "two cases bruised" });
        Assert.Equal("partially_refunded", partial["payment"]!["status"]!.GetValue<string>());
        Assert.Equal("delivered", partial["status"]!.GetValue<string>());
        await ExpectProblem(await grower.Client.PostAsync(Url($"/orders/{Id(order)}/refunds"), Json(new { amount = new { amount = 19776, currency = "USD" }, reason = "too much" })),
            HttpStatusCode.Conflict, "refund_exceeds_paid");
        await ExpectProblem(await buyer.Client.PostAsync(Url($"/orders/{Id(order)}/refunds"), Json(new { reason = "I want my money" })),
            HttpStatusCode.Forbidden, "action_not_allowed");

        var full = await Act(grower.Client, order, "refunds", body: new { reason = "whole order" });
        Assert.Equal("refunded", full["status"]!.GetValue<string>());
        Assert.Equal(24775, full["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>());
    }

    [SkippableFact]
    public async Task Orders_AreVisibleToTheirPartiesOnly()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 2);
        var stranger = await NewBuyerAsync("buyer-2");

        await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        await Expect(await grower.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        await Expect(await As("ops", "admin").GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        await ExpectProblem(await stranger.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.NotFound, "not_found");
        await ExpectProblem(await stranger.Client.PostAsync(Url($"/orders/{Id(order)}/cancel"), Json(new { reason = "x" })), HttpStatusCode.NotFound, "not_found");

        Assert.Single((await Expect(await buyer.Client.GetAsync(Url("/orders?role=buyer")), HttpStatusCode.OK))["items"]!.AsArray());
        Assert.Single((await Expect(await grower.Client.GetAsync(Url("/orders?role=grower&status=pending")), HttpStatusCode.OK))["items"]!.AsArray());
        Assert.Empty((await Expect(await grower.Client.GetAsync(Url("/orders?role=grower&status=delivered")), HttpStatusCode.OK))["items"]!.AsArray());
        Assert.Empty((await Expect(await stranger.Client.GetAsync(Url("/orders")), HttpStatusCode.OK))["items"]!.AsArray());
        await ExpectProblem(await buyer.Client.GetAsync(Url("/orders?status=lost")), HttpStatusCode.BadRequest, "validation_failed");
    }

    [SkippableFact]
    public async Task UnpaidOrders_ExpireAfterTheTimeout_AndReleaseTheirStock()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client, b => b["quantityAvailable"] = 10);
        Api.AutoConfirmPayments(false);
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        Assert.Equal("pending_payment", order["status"]!.GetValue<string>());
        Assert.Equal("sold_out", (await GetListingAsync(Id(listing)))["status"]!.GetValue<string>());

        Assert.Equal(0, await SweepAsync());
        Api.Clock.Advance(TimeSpan.FromMinutes(31));
        await SweepAsync();

        var expired = await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        Assert.Equal("cancelled", expired["status"]!.GetValue<string>());
        Assert.Equal("system", expired["timeline"]!.AsArray()[^1]!["actor"]!.GetValue<string>());
        var after = await GetListingAsync(Id(listing));
        Assert.Equal(10m, after["stock"]!["available"]!.GetValue<decimal>());
        Assert.Equal("active", after["status"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task PaidOrders_NotConfirmedInTime_AreCancelledRefundedAndReleaseTheirStock()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client, b => b["quantityAvailable"] = 10);
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        Assert.Equal("pending", order["status"]!.GetValue<string>());

        Api.Clock.Advance(TimeSpan.FromHours(23));
        await SweepAsync();
        Assert.Equal("pending", (await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK))["status"]!.GetValue<string>());

        Api.Clock.Advance(TimeSpan.FromHours(2));
        await SweepAsync();
        var expired = await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        Assert.Equal("cancelled", expired["status"]!.GetValue<string>());
        Assert.Equal(("system", "not_confirmed"), (expired["timeline"]!.AsArray()[^1]!["actor"]!.GetValue<string>(),
            expired["timeline"]!.AsArray().Select(e => e!["note"]?.GetValue<string>()).First(n => n == "not_confirmed")));
        Assert.Equal("refunded", expired["payment"]!["status"]!.GetValue<string>());
        Assert.Equal(expired["total"]!["amount"]!.GetValue<long>(), expired["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>());
        var after = await GetListingAsync(Id(listing));
        Assert.Equal(10m, after["stock"]!["available"]!.GetValue<decimal>());
        Assert.Equal("active", after["status"]!.GetValue<string>());

        // Another sweep finds nothing left to do: the refund is not made twice.
        await SweepAsync();
        var again = await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        Assert.Equal(expired["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>(), again["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>());
        Assert.Equal(expired["timeline"]!.AsArray().Count, again["timeline"]!.AsArray().Count);
    }

    [SkippableFact]
    public async Task SimulatedPayment_SucceedFailAndLateSuccess_FollowTheWebhookPath()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        Api.AutoConfirmPayments(false);
        var admin = As("admin-1", "admin");

        var first = await PlaceOrderAsync(buyer.Client, Id(listing), 2);
        var failed = await Expect(await admin.PostAsync(Url($"/payments/simulated/{Id(first)}/fail"), null), HttpStatusCode.OK);
        Assert.Equal(("pending_payment", "failed"), (failed["status"]!.GetValue<string>(), failed["payment"]!["status"]!.GetValue<string>()));
        var paid = await Expect(await admin.PostAsync(Url($"/payments/simulated/{Id(first)}/succeed"), null), HttpStatusCode.OK);
        Assert.Equal(("pending", "succeeded"), (paid["status"]!.GetValue<string>(), paid["payment"]!["status"]!.GetValue<string>()));
        var again = await Expect(await admin.PostAsync(Url($"/payments/simulated/{Id(first)}/succeed"), null), HttpStatusCode.OK);
        Assert.Equal(paid["timeline"]!.AsArray().Count, again["timeline"]!.AsArray().Count);
        await ExpectProblem(await grower.Client.PostAsync(Url($"/payments/simulated/{Id(first)}/succeed"), null), HttpStatusCode.Forbidden, "action_not_allowed");

        var second = await PlaceOrderAsync(buyer.Client, Id(listing), 2);
        await Act(buyer.Client, second, "cancel", body: new { reason = "ordered twice" });
        var late = await Expect(await admin.PostAsync(Url($"/payments/simulated/{Id(second)}/succeed"), null), HttpStatusCode.OK);
        Assert.Equal("cancelled", late["status"]!.GetValue<string>());
        Assert.Equal("refunded", late["payment"]!["status"]!.GetValue<string>());
        Assert.Equal(late["total"]!["amount"]!.GetValue<long>(), late["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>());
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireUnpaidOrdersCommand());
    }

    private async Task<(Grower Grower, Buyer Buyer, JsonNode Order)> DeliveredOrderAsync()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 10);
        await Act(grower.Client, order, "confirm");
        await Act(grower.Client, order, "ship");
        await Act(buyer.Client, order, "deliver");
        return (grower, buyer, order);
    }

    private static StringContent Json(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOrderLifecycleTests(SqliteApiFactory api) : OrderLifecycleTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOrderLifecycleTests(PostgresApiFactory api) : OrderLifecycleTests(api);
