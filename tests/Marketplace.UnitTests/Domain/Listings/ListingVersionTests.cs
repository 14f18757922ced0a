using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using static Marketplace.UnitTests.Domain.Listings.Listings;

namespace Marketplace.UnitTests.Domain.Listings;

public sealed class ListingVersionTests
{
    public static TheoryData<string, Action<Listing>> Changes => new()
    {
        { "update", l => l.Update(Details(), Now) },
        { "rename farm", l => l.RenameFarm("Blue Acres", Now) },
        { "pause", l => l.Pause(Now) },
        { "archive", l => l.Archive(Now) },
        { "receive", l => l.Receive(5, null, Grower, Now) },
        { "adjust", l => l.Adjust(-5, null, Grower, Now) },
        { "reserve", l => l.Reserve(5, Order, Grower, Now) },
        { "reserve and release", l => { l.Reserve(5, Order, Grower, Now); l.Release(5, Order, Grower, Now); } },
        { "reserve and sell", l => { l.Reserve(5, Order, Grower, Now); l.Sell(5, Order, Grower, Now); } },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void EachChange_IncrementsVersion(string name, Action<Listing> change)
    {
        var listing = Active();
        var before = listing.Version;
        var steps = name.Contains(" and ", StringComparison.Ordinal) ? 2 : 1;

        change(listing);

        Assert.Equal(before + steps, listing.Version);
        Assert.Equal(Now, listing.UpdatedAt);
    }

    [Fact]
    public void Create_WithoutStock_StartsAtVersionOne()
    {
        Assert.Equal(1, Draft(stock: 0).Version);
    }

    [Fact]
    public void RenameFarm_ToTheSameName_ChangesNothing()
    {
        var listing = Active();
        var before = listing.Version;

        listing.RenameFarm("Green Acres", Now);

        Assert.Equal(before, listing.Version);
    }

    [Fact]
    public void RefusedChange_LeavesVersion()
    {
        var listing = Active(stock: 5);
        var before = listing.Version;

        Assert.Throws<DomainRuleException>(() => listing.Reserve(6, Order, Grower, Now));
        Assert.Throws<InvalidTransitionException>(() => listing.Publish(Now));

        Assert.Equal(before, listing.Version);
    }

    [Fact]
    public void RenameFarm_RefreshesSearchText()
    {
        var listing = Active();

        listing.RenameFarm("Blue Acres", Now);

        Assert.Contains("blue acres", listing.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("green acres", listing.SearchText, StringComparison.Ordinal);
    }
}
