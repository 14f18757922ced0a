using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Events;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Listings;

/// <summary>One currency per marketplace (<c>Marketplace:Currency</c>, USD by default).</summary>
public abstract class CurrencyTests(ApiFactory api) : ApiTestBase(api)
{
    private static JsonObject InEuros(JsonObject body)
    {
        body["unitPrice"] = new JsonObject { ["amount"] = 2450, ["currency"] = "EUR" };
        body["delivery"]!["fee"] = new JsonObject { ["amount"] = 1500, ["currency"] = "EUR" };
        return body;
    }

    [SkippableFact]
    public async Task CreateListing_InAnotherCurrency_Returns400UnsupportedCurrencyAndCreatesNothing()
    {
        var grower = await NewGrowerAsync();

        var problem = await ExpectProblem(await PostJson(grower.Client, Url("/listings"), InEuros(Bodies.Listing())),
            HttpStatusCode.BadRequest, "unsupported_currency");
        Assert.NotNull(problem["errors"]!["unitPrice.currency"]);

        var own = await Expect(await grower.Client.GetAsync(Url($"/listings?growerId={grower.Id}")), HttpStatusCode.OK);
        Assert.Empty(own["items"]!.AsArray());
    }

    [SkippableFact]
    public async Task UpdateListing_ToAnotherCurrency_Returns400UnsupportedCurrencyAndChangesNothing()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);

        await ExpectProblem(await PutJson(grower.Client, Url($"/listings/{Id(listing)}"), InEuros(Bodies.ListingUpdate("In euros"))),
            HttpStatusCode.BadRequest, "unsupported_currency");

        var unchanged = await GetListingAsync(Id(listing));
        Assert.Equal("Butterhead lettuce", unchanged["title"]!.GetValue<string>());
        Assert.Equal("USD", unchanged["unitPrice"]!["currency"]!.GetValue<string>());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCurrencyTests(SqliteApiFactory api) : CurrencyTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCurrencyTests(PostgresApiFactory api) : CurrencyTests(api);

/// <summary>A marketplace that trades in yen: a currency without minor units.</summary>
public sealed class YenApiFactory : SqliteApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Currency"] = "JPY",
    };
}

public sealed class YenMarketplaceTests(YenApiFactory api) : ApiTestBase(api), IClassFixture<YenApiFactory>
{
    private static JsonObject InYen(JsonObject body)
    {
        body["unitPrice"] = new JsonObject { ["amount"] = 1500, ["currency"] = "JPY" };
        body["delivery"]!["fee"] = new JsonObject { ["amount"] = 500, ["currency"] = "JPY" };
        return body;
    }

    [SkippableFact]
    public async Task Listings_InTheDefaultCurrency_AreRefused_AndEmailsShowYenWithoutDecimals()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        await ExpectProblem(await PostJson(grower.Client, Url("/listings"), Bodies.Listing()), HttpStatusCode.BadRequest, "unsupported_currency");

        var listing = await CreateListingAsync(grower.Client, b => InYen(b));
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 2);
        Assert.Equal(3500, order["total"]!["amount"]!.GetValue<long>());

        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }

        var placed = Directory.GetFiles(Api.MailDirectory, "*.eml").Select(f => Eml.Readable(File.ReadAllText(f)))
            .Single(m => m.Contains($"Subject: Order {order["number"]!.GetValue<string>()} placed", StringComparison.Ordinal));
        Assert.Contains("Total: 3,500 JPY", placed, StringComparison.Ordinal);
        Assert.DoesNotContain("35.00", placed, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_WithACurrencyOutsideIso4217_FailsNamingTheKey()
    {
        using var factory = new UnknownCurrencyFactory();
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Marketplace:Currency", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class UnknownCurrencyFactory : SqliteApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Marketplace:Currency"] = "XYZ",
        };
    }
}
