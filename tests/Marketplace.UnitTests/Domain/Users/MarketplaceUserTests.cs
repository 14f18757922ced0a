using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;

namespace Marketplace.UnitTests.Domain.Users;

public sealed class MarketplaceUserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    private static GrowerProfileDetails Farm(string name = "Green Acres") =>
        new(name, "Hydroponic greens", "Salinas", "CA", "93901", 36.67, -121.65,
            [GrowingMethod.Hydroponic, GrowingMethod.Hydroponic], ["usda-organic"], 40_000);

    [Fact]
    public void SetGrowerProfile_First_RaisesGrowerProfileCreatedOnce()
    {
        var user = MarketplaceUser.FirstSeen("vibelux|42", "grower@example.com", "Gina", Now);

        user.SetGrowerProfile(Farm(), Now);
        user.SetGrowerProfile(Farm("Blue Acres"), Now.AddMinutes(1));

        var created = Assert.IsType<GrowerProfileCreated>(Assert.Single(user.DomainEvents));
        Assert.Equal(user.Id, created.UserId);
        Assert.Equal(Now, created.OccurredAt);
        Assert.Equal("Blue Acres", user.GrowerProfile!.FarmName);
        Assert.Equal(Now.AddMinutes(1), user.UpdatedAt);
    }

    [Fact]
    public void SetGrowerProfile_DropsDuplicateGrowingMethods()
    {
        var user = MarketplaceUser.FirstSeen("vibelux|42", null, null, Now);

        user.SetGrowerProfile(Farm(), Now);

        Assert.Equal([GrowingMethod.Hydroponic], user.GrowerProfile!.GrowingMethods);
    }

    [Fact]
    public void SetBuyerProfile_First_RaisesBuyerProfileCreatedOnce()
    {
        var user = MarketplaceUser.FirstSeen("vibelux|7", "chef@example.com", "Chef", Now);
        var address = new Address("1 Main St", null, "Salinas", "CA", "93901", null, null);

        user.SetBuyerProfile(new BuyerProfile("Bistro", BusinessType.Restaurant, address), Now);
        user.SetBuyerProfile(new BuyerProfile("Bistro Two", BusinessType.Restaurant, address), Now);

        Assert.IsType<BuyerProfileCreated>(Assert.Single(user.DomainEvents));
        Assert.Equal("Bistro Two", user.BuyerProfile!.BusinessName);
    }

    [Fact]
    public void SyncIdentity_WithSameDetails_ReportsNoChange()
    {
        var user = MarketplaceUser.FirstSeen("vibelux|42", "a@example.com", "A", Now);

        Assert.False(user.SyncIdentity("a@example.com", "A", Now.AddHours(1)));
        Assert.True(user.SyncIdentity("b@example.com", "A", Now.AddHours(1)));
        Assert.Equal("b@example.com", user.Email);
    }
}
