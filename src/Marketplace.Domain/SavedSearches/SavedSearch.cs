using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;

namespace Marketplace.Domain.SavedSearches;

/// <summary>
/// A buyer's board query kept under a name. With <see cref="Alert"/> on, listings published later that match it are
/// collected (<see cref="PendingMatches"/>) and sent once a day, as one digest of the day's matches.
/// </summary>
public sealed class SavedSearch : Entity
{
    public const int MaxNameLength = 100;
    public const int MaxQueryLength = 2000;
    /// <summary>How many saved searches one buyer keeps: each alerting one is a candidate for every published listing.</summary>
    public const int MaxPerBuyer = 25;
    /// <summary>How many matches one digest lists; the matches board shows every one.</summary>
    public const int MaxPendingMatches = 50;

    private readonly List<SavedSearchMatch> _pendingMatches = [];

    private SavedSearch() { }

    /// <param name="savedByBuyer">How many saved searches the buyer has already.</param>
    public SavedSearch(Guid buyerId, string name, string query, SavedSearchPrefilter prefilter, bool alert, int savedByBuyer, DateTimeOffset now)
    {
        if (savedByBuyer >= MaxPerBuyer)
            throw new DomainRuleException("saved_search_limit_reached",
                $"A buyer keeps at most {MaxPerBuyer} saved searches; delete one before saving another.");
        BuyerId = buyerId;
        Name = ValidName(name);
        Query = query.Length <= MaxQueryLength ? query
            : throw new DomainRuleException("invalid_query", $"The query is longer than {MaxQueryLength} characters.", ErrorKind.Validation, "query");
        Prefilter = prefilter;
        Alert = alert;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid BuyerId { get; private init; }
    public string Name { get; private set; } = "";
    /// <summary>The board query string as the board's parser normalised it (keys in a fixed order, values sorted).</summary>
    public string Query { get; private init; } = "";
    /// <summary>The parts of the query a database index can test, so a published listing is checked only against searches that may match.</summary>
    public SavedSearchPrefilter Prefilter { get; private init; } = SavedSearchPrefilter.None;
    public bool Alert { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>The UTC day the last digest was sent on; null before the first.</summary>
    public DateOnly? LastAlertedOn { get; private set; }
    public IReadOnlyList<SavedSearchMatch> PendingMatches => _pendingMatches;

    /// <summary>
    /// Keeps a newly published listing for the next digest. False (nothing kept) when alerts are off, the listing is
    /// already waiting, or the digest is full.
    /// </summary>
    public bool RecordMatch(Guid listingId, DateTimeOffset now)
    {
        if (!Alert || _pendingMatches.Count >= MaxPendingMatches || _pendingMatches.Any(m => m.ListingId == listingId)) return false;
        _pendingMatches.Add(new SavedSearchMatch(listingId, now));
        UpdatedAt = now;
        return true;
    }

    /// <summary>
    /// Sends the matches of the days before today (UTC) as one digest, at most one per day: raises
    /// <see cref="SavedSearchDigestDue"/> and forgets them. Today's matches wait for tomorrow's digest, so a day's
    /// publishes are one email however many there were. False when nothing is due.
    /// </summary>
    public bool TakeDigest(DateTimeOffset now)
    {
        var today = DayOf(now);
        if (LastAlertedOn >= today) return false;
        var due = _pendingMatches.Where(m => DayOf(m.MatchedAt) < today).OrderBy(m => m.MatchedAt).ToList();
        if (due.Count == 0) return false;
        _pendingMatches.RemoveAll(due.Contains);
        LastAlertedOn = today;
        UpdatedAt = now;
        if (Alert) Raise(new SavedSearchDigestDue(Id, BuyerId, [.. due.Select(m => m.ListingId)], now));
        return true;
    }

    /// <summary>The UTC day of an instant: digests are counted per UTC day.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);

    private static string ValidName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length is > 0 and <= MaxNameLength ? trimmed
            : throw new DomainRuleException("invalid_name", $"A saved search's name is 1 to {MaxNameLength} characters.", ErrorKind.Validation, "name");
    }
}

/// <summary>A listing published after the search was saved that the search matches, waiting for the next digest.</summary>
public sealed record SavedSearchMatch(Guid ListingId, DateTimeOffset MatchedAt);

/// <summary>
/// What of a saved query an index can test against one listing; null is "any". Each part is necessary, not sufficient:
/// a listing that passes is confirmed by the board itself. A part the query does not pin to one value is null.
/// </summary>
public sealed record SavedSearchPrefilter(
    Category? Category, string? Certification, Guid? GrowerId, long? MinPrice, long? MaxPrice, GeoBox? Area)
{
    public static SavedSearchPrefilter None { get; } = new(null, null, null, null, null, null);
}

/// <summary>A latitude/longitude box, in degrees; <see cref="MinLongitude"/> above <see cref="MaxLongitude"/> never occurs (a box across the antimeridian is left unbounded).</summary>
public sealed record GeoBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude);

/// <summary>A digest of a saved search's matches is to be sent to its buyer.</summary>
public sealed record SavedSearchDigestDue(Guid SavedSearchId, Guid BuyerId, IReadOnlyList<Guid> ListingIds, DateTimeOffset OccurredAt) : IDomainEvent;
