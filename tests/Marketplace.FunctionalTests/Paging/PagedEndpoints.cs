using System.Net;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Paging;

/// <summary>Every paged list of the API, each with data enough for a second page, so each yields a real cursor.</summary>
public abstract class PagedEndpointsTestBase(ApiFactory api) : ApiTestBase(api)
{
    /// <summary>The board sorts (with the query each needs) and the other lists, named for test cases.</summary>
    public static readonly string[] Lists =
    [
        "board:newest", "board:relevance", "board:price", "board:-price", "board:freshest", "board:rating", "board:distance",
        "orders", "outbox", "reviews", "stock-movements",
    ];

    protected sealed record Seeded(Grower Grower, Buyer Buyer, HttpClient Admin, string ListingId, Guid GrowerId);

    protected async Task<Seeded> SeedAsync()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var first = await CreateListingAsync(grower.Client);
        await CreateListingAsync(grower.Client, b => b["title"] = "Lettuce mix");
        for (var i = 0; i < 2; i++)
        {
            var order = await PlaceOrderAsync(buyer.Client, Id(first), 2);
            await Act(grower.Client, order, "confirm");
            await Act(grower.Client, order, "ship");
            await Act(buyer.Client, order, "deliver");
            await Act(buyer.Client, order, "review", body: new { rating = 4, comment = "Crisp." });
        }
        return new Seeded(grower, buyer, As("admin-1", "admin"), Id(first), grower.Id);
    }

    /// <summary>The URL of the list (first page of one item) and the caller allowed to read it.</summary>
    protected static (string Url, HttpClient Client) Target(Seeded seeded, string list, Func<HttpClient> anonymous) => list switch
    {
        "board:relevance" => (Url("/listings?limit=1&q=lettuce&sort=relevance"), anonymous()),
        "board:distance" => (Url("/listings?limit=1&sort=distance&near=36.6,-121.6"), anonymous()),
        _ when list.StartsWith("board:", StringComparison.Ordinal) => (Url($"/listings?limit=1&sort={list[6..]}"), anonymous()),
        "orders" => (Url("/orders?limit=1"), seeded.Buyer.Client),
        "outbox" => (Url("/admin/outbox?limit=1"), seeded.Admin),
        "reviews" => (Url($"/growers/{seeded.GrowerId}/reviews?limit=1"), anonymous()),
        "stock-movements" => (Url($"/listings/{seeded.ListingId}/stock-movements?limit=1"), seeded.Grower.Client),
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, null),
    };

    protected static string WithCursor(string url, string cursor) => $"{url}&cursor={Uri.EscapeDataString(cursor)}";

    protected async Task<string> RealCursorAsync(HttpClient client, string url)
    {
        var page = await Expect(await client.GetAsync(url), HttpStatusCode.OK);
        var cursor = page["nextCursor"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(cursor), $"{url} gave no next cursor: {page.ToJsonString()}");
        var next = await Expect(await client.GetAsync(WithCursor(url, cursor!)), HttpStatusCode.OK);
        Assert.NotEmpty(next["items"]!.AsArray());
        return cursor!;
    }
}
