using Marketplace.Domain.Common;
using Marketplace.Domain.SavedSearches;

namespace Marketplace.UnitTests.Domain.SavedSearches;

public sealed class SavedSearchTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Buyer = Guid.Parse("0193a7c2-3333-7000-8000-000000000003");

    private static SavedSearch Search(bool alert = true, int saved = 0) =>
        new(Buyer, "  Greens under $5  ", "category=leafy-greens&maxPrice=500", SavedSearchPrefilter.None, alert, saved, Morning);

    [Fact]
    public void New_TrimsTheName_AndStartsWithNothingPending()
    {
        var search = Search();

        Assert.Equal("Greens under $5", search.Name);
        Assert.Equal(Buyer, search.BuyerId);
        Assert.Empty(search.PendingMatches);
        Assert.Null(search.LastAlertedOn);
        Assert.Equal(Morning, search.CreatedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void New_WithoutAName_IsRefusedNamingTheField(string name)
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new SavedSearch(Buyer, name, "q=kale", SavedSearchPrefilter.None, true, 0, Morning));

        Assert.Equal("invalid_name", error.Code);
        Assert.Equal("name", Assert.Single(error.FieldErrors).Field);
        Assert.Equal(ErrorKind.Validation, error.Kind);
    }

    [Fact]
    public void New_WithANameOver100Characters_IsRefused() =>
        Assert.Equal("invalid_name", Assert.Throws<DomainRuleException>(() =>
            new SavedSearch(Buyer, new string('a', 101), "q=kale", SavedSearchPrefilter.None, true, 0, Morning)).Code);

    [Fact]
    public void New_BeyondTheBuyersLimit_IsAConflict()
    {
        var error = Assert.Throws<DomainRuleException>(() => Search(saved: SavedSearch.MaxPerBuyer));

        Assert.Equal("saved_search_limit_reached", error.Code);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(Buyer, Search(saved: SavedSearch.MaxPerBuyer - 1).BuyerId);
    }

    [Fact]
    public void RecordMatch_TheSameListingTwice_KeepsItOnce()
    {
        var search = Search();
        var listing = Guid.NewGuid();

        Assert.True(search.RecordMatch(listing, Morning));
        Assert.False(search.RecordMatch(listing, Morning.AddMinutes(5)));

        Assert.Equal([listing], search.PendingMatches.Select(m => m.ListingId));
    }

    [Fact]
    public void RecordMatch_WithAlertsOff_KeepsNothing()
    {
        var search = Search(alert: false);

        Assert.False(search.RecordMatch(Guid.NewGuid(), Morning));
        Assert.Empty(search.PendingMatches);
    }

    [Fact]
    public void RecordMatch_StopsAtTheDigestsSize()
    {
        var search = Search();
        for (var i = 0; i < SavedSearch.MaxPendingMatches; i++) Assert.True(search.RecordMatch(Guid.NewGuid(), Morning));

        Assert.False(search.RecordMatch(Guid.NewGuid(), Morning));
        Assert.Equal(SavedSearch.MaxPendingMatches, search.PendingMatches.Count);
    }

    [Fact]
    public void TakeDigest_OnTheDayOfTheMatches_SendsNothing()
    {
        var search = Search();
        search.RecordMatch(Guid.NewGuid(), Morning);

        Assert.False(search.TakeDigest(Morning.AddHours(15)));
        Assert.Empty(search.DomainEvents);
        Assert.Single(search.PendingMatches);
    }

    [Fact]
    public void TakeDigest_TheNextDay_SendsTheDaysMatchesOnce_AndKeepsTodaysForTomorrow()
    {
        var search = Search();
        Guid first = Guid.NewGuid(), second = Guid.NewGuid(), third = Guid.NewGuid(), nextDay = Guid.NewGuid();
        search.RecordMatch(first, Morning);
        search.RecordMatch(second, Morning.AddHours(3));
        search.RecordMatch(third, Morning.AddHours(15));
        var tomorrow = Morning.AddDays(1);
        search.RecordMatch(nextDay, tomorrow);

        Assert.True(search.TakeDigest(tomorrow.AddHours(1)));
        Assert.False(search.TakeDigest(tomorrow.AddHours(2)));

        var due = Assert.IsType<SavedSearchDigestDue>(Assert.Single(search.DomainEvents));
        Assert.Equal([first, second, third], due.ListingIds);
        Assert.Equal(Buyer, due.BuyerId);
        Assert.Equal(search.Id, due.SavedSearchId);
        Assert.Equal(new DateOnly(2026, 11, 21), search.LastAlertedOn);
        Assert.Equal([nextDay], search.PendingMatches.Select(m => m.ListingId));

        search.ClearDomainEvents();
        Assert.True(search.TakeDigest(tomorrow.AddDays(1)));
        Assert.Equal([nextDay], Assert.IsType<SavedSearchDigestDue>(Assert.Single(search.DomainEvents)).ListingIds);
        Assert.Empty(search.PendingMatches);
    }

    [Fact]
    public void DayOf_IsTheUtcDay() =>
        Assert.Equal(new DateOnly(2026, 11, 21), SavedSearch.DayOf(new DateTimeOffset(2026, 11, 20, 20, 0, 0, TimeSpan.FromHours(-5))));
}
