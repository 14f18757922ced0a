using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using static Marketplace.UnitTests.Domain.Listings.Listings;

namespace Marketplace.UnitTests.Domain.Listings;

public sealed class ListingStatusTests
{
    public enum Action { Publish, Pause, Archive }

    /// <summary>Every (status, action) pair: the status it leads to, or null when it is refused.</summary>
    public static TheoryData<ListingStatus, Action, ListingStatus?> Transitions => new()
    {
        { ListingStatus.Draft, Action.Publish, ListingStatus.Active },
        { ListingStatus.Paused, Action.Publish, ListingStatus.Active },
        { ListingStatus.Active, Action.Publish, null },
        { ListingStatus.SoldOut, Action.Publish, null },
        { ListingStatus.Archived, Action.Publish, null },

        { ListingStatus.Active, Action.Pause, ListingStatus.Paused },
        { ListingStatus.SoldOut, Action.Pause, ListingStatus.Paused },
        { ListingStatus.Draft, Action.Pause, null },
        { ListingStatus.Paused, Action.Pause, null },
        { ListingStatus.Archived, Action.Pause, null },

        { ListingStatus.Draft, Action.Archive, ListingStatus.Archived },
        { ListingStatus.Active, Action.Archive, ListingStatus.Archived },
        { ListingStatus.Paused, Action.Archive, ListingStatus.Archived },
        { ListingStatus.SoldOut, Action.Archive, ListingStatus.Archived },
        { ListingStatus.Archived, Action.Archive, null },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_FollowsTheTable(ListingStatus from, Action action, ListingStatus? expected)
    {
        var listing = InStatus(from);
        Assert.Equal(from, listing.Status);
        var version = listing.Version;

        void Act()
        {
            switch (action)
            {
                case Action.Publish: listing.Publish(Now); break;
                case Action.Pause: listing.Pause(Now); break;
                default: listing.Archive(Now); break;
            }
        }

        if (expected is { } to)
        {
            Act();
            Assert.Equal(to, listing.Status);
            Assert.Equal(version + 1, listing.Version);
        }
        else
        {
            var error = Assert.Throws<InvalidTransitionException>(Act);
            Assert.Equal("invalid_transition", error.Code);
            Assert.Equal(from, listing.Status);
            Assert.Equal(version, listing.Version);
        }
    }

    [Fact]
    public void Publish_WithNoStock_GoesStraightToSoldOut()
    {
        var listing = Draft(stock: 0);

        listing.Publish(Now);

        Assert.Equal(ListingStatus.SoldOut, listing.Status);
    }

    [Fact]
    public void Publish_RaisesListingPublished()
    {
        var listing = Draft();

        listing.Publish(Now);

        var published = Assert.IsType<ListingPublished>(Assert.Single(listing.DomainEvents));
        Assert.Equal(listing.Id, published.ListingId);
        Assert.Equal(Grower, published.GrowerId);
    }

    [Fact]
    public void Update_OnArchived_ThrowsInvalidTransition()
    {
        var listing = InStatus(ListingStatus.Archived);

        var error = Assert.Throws<InvalidTransitionException>(() => listing.Update(Details(), Now));

        Assert.Equal("invalid_transition", error.Code);
    }

    [Fact]
    public void Receive_OnArchived_ThrowsInvalidTransition()
    {
        var listing = InStatus(ListingStatus.Archived);

        var error = Assert.Throws<InvalidTransitionException>(() => listing.Receive(5, null, Grower, Now));

        Assert.Equal("invalid_transition", error.Code);
        Assert.Equal(100, listing.OnHand);
    }

    [Fact]
    public void Adjust_OnArchived_ThrowsInvalidTransition()
    {
        var listing = InStatus(ListingStatus.Archived);

        var error = Assert.Throws<InvalidTransitionException>(() => listing.Adjust(-5, null, Grower, Now));

        Assert.Equal("invalid_transition", error.Code);
        Assert.Equal(100, listing.OnHand);
    }

    [Fact]
    public void Update_WithZeroPrice_ThrowsInvalidPrice()
    {
        var listing = Active();

        var error = Assert.Throws<DomainRuleException>(() =>
            listing.Update(Details() with { UnitPrice = new Money(0, "USD") }, Now));

        Assert.Equal("invalid_price", error.Code);
    }

    [Fact]
    public void Update_WithFeeInAnotherCurrency_ThrowsCurrencyMismatch()
    {
        var details = Details() with { Delivery = new DeliveryOptions(false, true, 20, new Money(500, "EUR")) };

        var error = Assert.Throws<DomainRuleException>(() => Active().Update(details, Now));

        Assert.Equal("currency_mismatch", error.Code);
    }
}
