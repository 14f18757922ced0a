using System.Net;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Payments;

/// <summary>Outside Development the simulated provider is never free money: chosen explicitly, settled by an admin only.</summary>
public abstract class SimulatedPaymentGuardTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task SimulatedPayment_OutsideDevelopment_BuyerCannotMarkItsOwnOrderPaid()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        Api.AutoConfirmPayments(false);
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 2);

        await ExpectProblem(await buyer.Client.PostAsync(Url($"/payments/simulated/{Id(order)}/succeed"), null), HttpStatusCode.Forbidden, "role_required");
        await ExpectProblem(await buyer.Client.PostAsync(Url($"/payments/simulated/{Id(order)}/fail"), null), HttpStatusCode.Forbidden, "role_required");

        var unchanged = await Expect(await buyer.Client.GetAsync(Url($"/orders/{Id(order)}")), HttpStatusCode.OK);
        Assert.Equal(("pending_payment", "requires_payment"), (unchanged["status"]!.GetValue<string>(), unchanged["payment"]!["status"]!.GetValue<string>()));

        var paid = await Expect(await As("admin-1", "admin").PostAsync(Url($"/payments/simulated/{Id(order)}/succeed"), null), HttpStatusCode.OK);
        Assert.Equal(("pending", "succeeded"), (paid["status"]!.GetValue<string>(), paid["payment"]!["status"]!.GetValue<string>()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSimulatedPaymentGuardTests(SqliteApiFactory api) : SimulatedPaymentGuardTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSimulatedPaymentGuardTests(PostgresApiFactory api) : SimulatedPaymentGuardTests(api);

public sealed class PaymentsProviderStartupTests
{
    [Fact]
    public void Startup_OutsideDevelopmentWithoutAnExplicitPaymentsProvider_FailsNamingTheKey()
    {
        using var factory = new ProductionWithoutProviderFactory();
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Marketplace:Payments:Provider", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_InDevelopmentWithoutAPaymentsProvider_UsesTheSimulatedOne()
    {
        await using var factory = new DevelopmentWithoutProviderFactory();
        var response = await factory.Client().PostAsync(ApiFactory.BasePath + $"/payments/simulated/{Guid.NewGuid()}/succeed", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private sealed class ProductionWithoutProviderFactory : SqliteApiFactory
    {
        protected override string Environment => "Production";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Marketplace:Payments:Provider"] = null,
        };
    }

    private sealed class DevelopmentWithoutProviderFactory : SqliteApiFactory
    {
        protected override string Environment => "Development";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Marketplace:Payments:Provider"] = null,
        };
    }
}
