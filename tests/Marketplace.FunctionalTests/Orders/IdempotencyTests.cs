using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Orders;

public abstract class IdempotencyTests(ApiFactory api) : ApiTestBase(api)
{
    private static HttpRequestMessage Post(string url, JsonNode body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [SkippableFact]
    public async Task SameKeySameBody_ReplaysTheFirstResponse_AndOrdersOnce()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var body = OrderBody(Id(listing), 4);

        var first = await buyer.Client.SendAsync(Post(Url("/orders"), body, "order-abc"));
        var second = await buyer.Client.SendAsync(Post(Url("/orders"), JsonNode.Parse(body.ToJsonString())!, "order-abc"));

        var original = await Expect(first, HttpStatusCode.Created);
        var replayed = await Expect(second, HttpStatusCode.Created);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(Id(original["order"]!), Id(replayed["order"]!));
        Assert.Equal(4m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task SameKeyDifferentBody_Returns422_AndOrdersNothingMore()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);

        await Expect(await buyer.Client.SendAsync(Post(Url("/orders"), OrderBody(Id(listing), 4), "k1")), HttpStatusCode.Created);
        await ExpectProblem(await buyer.Client.SendAsync(Post(Url("/orders"), OrderBody(Id(listing), 5), "k1")),
            HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");

        Assert.Equal(4m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task KeysBelongToTheirCaller_AndAFailedRequestFreesTheKey()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var other = await NewBuyerAsync("buyer-2");
        var listing = await CreateListingAsync(grower.Client, b => b["quantityAvailable"] = 5);

        await ExpectProblem(await buyer.Client.SendAsync(Post(Url("/orders"), OrderBody(Id(listing), 6), "shared")), HttpStatusCode.Conflict, "insufficient_stock");
        await Expect(await buyer.Client.SendAsync(Post(Url("/orders"), OrderBody(Id(listing), 2), "shared")), HttpStatusCode.Created);
        await Expect(await other.Client.SendAsync(Post(Url("/orders"), OrderBody(Id(listing), 2), "shared")), HttpStatusCode.Created);

        Assert.Equal(4m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task TenConcurrentRequestsWithOneKey_PlaceOneOrder()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => buyer.Client.SendAsync(Post(Url("/orders"), OrderBody(Id(listing), 3), "burst"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = new HashSet<string>();
        foreach (var response in responses) ids.Add(Id((await Expect(response, HttpStatusCode.Created))["order"]!));
        Assert.Single(ids);
        Assert.Equal(9, responses.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(3m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
        Assert.Single((await Expect(await buyer.Client.GetAsync(Url("/orders")), HttpStatusCode.OK))["items"]!.AsArray());
    }

    [SkippableFact]
    public async Task AKeyWhoseHostDiedBeforeAnswering_IsTakenOverAfterItsLease_AndFindsTheOrderItCommitted()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var first = await Expect(await buyer.Client.SendAsync(Post(Url("/orders"), OrderBody(Id(listing), 4), "host-killed")), HttpStatusCode.Created);
        // What a host killed after committing the order, before it stored its answer, leaves behind.
        await using (var scope = Api.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>().Database.ExecuteSqlRawAsync(
                "UPDATE marketplace_idempotency_keys SET status_code = NULL, response_body = NULL, location = NULL WHERE \"key\" = 'host-killed'");
        Api.Clock.Advance(TimeSpan.FromMinutes(5));

        var retry = await buyer.Client.SendAsync(Post(Url("/orders"), OrderBody(Id(listing), 4), "host-killed"));

        var resumed = await Expect(retry, HttpStatusCode.Created);
        Assert.Equal(Id(first["order"]!), Id(resumed["order"]!));
        Assert.Equal(4m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
        Assert.Single((await Expect(await buyer.Client.GetAsync(Url("/orders")), HttpStatusCode.OK))["items"]!.AsArray());
        var replay = await buyer.Client.SendAsync(Post(Url("/orders"), OrderBody(Id(listing), 4), "host-killed"));
        Assert.Equal(Id(first["order"]!), Id((await Expect(replay, HttpStatusCode.Created))["order"]!));
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
    }

    [SkippableFact]
    public async Task CancelOrder_ReplayedWithTheSameKey_AnswersTheFirstResponse_AndReleasesAndRefundsOnce()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 4);
        var body = new JsonObject { ["reason"] = "plans changed" };

        var first = await buyer.Client.SendAsync(Post(Url($"/orders/{Id(order)}/cancel"), body, "cancel-once"));
        var second = await buyer.Client.SendAsync(Post(Url($"/orders/{Id(order)}/cancel"), JsonNode.Parse(body.ToJsonString())!, "cancel-once"));

        var original = await Expect(first, HttpStatusCode.OK);
        Assert.Equal("cancelled", original["status"]!.GetValue<string>());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        var (releases, refunds) = await SideEffectsAsync(Guid.Parse(Id(order)));
        Assert.Equal((1, 1), (releases, refunds));
        Assert.Equal(0m, (await GetListingAsync(Id(listing)))["stock"]!["reserved"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task RefundOrder_ReplayedWithTheSameKey_AnswersTheFirstResponse_AndRefundsOnce()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 10);
        await Act(grower.Client, order, "confirm");
        await Act(grower.Client, order, "ship");
        await Act(buyer.Client, order, "deliver");
        var body = new JsonObject { ["amount"] = new JsonObject { ["amount"] = 5000, ["currency"] = "USD" }, ["reason"] = "two cases bruised" };

        var first = await grower.Client.SendAsync(Post(Url($"/orders/{Id(order)}/refunds"), body, "refund-once"));
        var second = await grower.Client.SendAsync(Post(Url($"/orders/{Id(order)}/refunds"), JsonNode.Parse(body.ToJsonString())!, "refund-once"));

        Assert.Equal(5000, (await Expect(first, HttpStatusCode.OK))["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>());
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, (await SideEffectsAsync(Guid.Parse(Id(order)))).Refunds);
        var after = await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        Assert.Equal(5000, after["payment"]!["amountRefunded"]!["amount"]!.GetValue<long>());
    }

    /// <summary>The stock releases booked for the order and the refunds it holds (each one made at the provider).</summary>
    private async Task<(int Releases, int Refunds)> SideEffectsAsync(Guid orderId)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var releases = await db.StockMovements.CountAsync(m => m.OrderId == orderId && m.Kind == Marketplace.Domain.Listings.StockMovementKind.Released);
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId);
        return (releases, order.Refunds.Count);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteIdempotencyTests(SqliteApiFactory api) : IdempotencyTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIdempotencyTests(PostgresApiFactory api) : IdempotencyTests(api);
