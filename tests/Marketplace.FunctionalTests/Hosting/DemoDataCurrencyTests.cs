using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>Development in a yen marketplace: the demo board is seeded in the configured currency.</summary>
public sealed class YenDevelopmentApiFactory : SqliteApiFactory
{
    protected override string Environment => "Development";

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:DemoData:Seed"] = "true",
        ["Marketplace:Currency"] = "JPY",
    };
}

public sealed class DemoDataCurrencyTests(YenDevelopmentApiFactory api) : IClassFixture<YenDevelopmentApiFactory>
{
    [Fact]
    public async Task DemoData_InAYenMarketplace_IsPricedInWholeYen()
    {
        var page = JsonNode.Parse(await api.Client().GetStringAsync("/api/marketplace/listings?limit=100"))!;
        var items = page["items"]!.AsArray().Select(i => i!).ToList();
        Assert.InRange(items.Count, 18, 30);

        foreach (var item in items)
        {
            Assert.Equal("JPY", item["unitPrice"]!["currency"]!.GetValue<string>());
            Assert.Equal("JPY", item["delivery"]!["fee"]!["currency"]!.GetValue<string>());
            // Whole yen, rounded to tens: no cent amounts read as yen.
            Assert.Equal(0, item["unitPrice"]!["amount"]!.GetValue<long>() % 10);
        }
        // USD 24.50 a case at about 150 yen to the dollar: 3,675, rounded to 3,680.
        var lettuce = Assert.Single(items, i => i["title"]!.GetValue<string>().StartsWith("Butterhead", StringComparison.Ordinal));
        Assert.Equal(3680, lettuce["unitPrice"]!["amount"]!.GetValue<long>());
        Assert.Equal(2250, lettuce["delivery"]!["fee"]!["amount"]!.GetValue<long>());
    }
}
