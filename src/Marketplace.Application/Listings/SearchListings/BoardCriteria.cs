using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>Only listings that offer this way of getting the produce.</summary>
public enum DeliveryOption { Pickup, Delivery }

/// <summary>The codes of <c>delivery=</c>.</summary>
public static class DeliveryOptionCodes
{
    public static IReadOnlyList<string> Codes { get; } = ["pickup", "delivery"];

    public static bool TryParse(string? code, out DeliveryOption option)
    {
        var index = code is null ? -1 : Codes.ToList().IndexOf(code);
        option = (DeliveryOption)Math.Max(index, 0);
        return index >= 0;
    }
}

/// <summary>
/// The board's query string parsed once (after validation), typed: each engine (<see cref="IBoardSearch"/>)
/// writes its filters from this and never reads the strings again.
/// </summary>
public sealed record BoardCriteria
{
    /// <summary>The text as typed, for engines that fold and stem it themselves; null without text.</summary>
    public string? Text { get; init; }
    /// <summary>The words of the text, folded as listings are (at most eight); empty when the text holds none.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];
    public IReadOnlyList<Category> Categories { get; init; } = [];
    public IReadOnlyList<string> Certifications { get; init; } = [];
    public IReadOnlyList<GrowingMethod> GrowingMethods { get; init; } = [];
    public Grade? Grade { get; init; }
    public long? MinPrice { get; init; }
    public long? MaxPrice { get; init; }
    public DateOnly? HarvestedAfter { get; init; }
    public DateOnly? AvailableOn { get; init; }
    public DeliveryOption? Delivery { get; init; }
    public GeoPoint? Near { get; init; }
    public double? RadiusMiles { get; init; }
    public Guid? GrowerId { get; init; }
    /// <summary>The caller is the grower named by <c>growerId</c>: its drafts and paused listings show too, read from the database.</summary>
    public bool OwnListings { get; init; }
    public BoardSort Sort { get; init; }
    public int Limit { get; init; } = 20;
    public string? Cursor { get; init; }
    public bool Facets { get; init; }
    /// <summary>Only this listing: a saved search's alert asks whether one published listing is on its board. The database engine's only.</summary>
    public Guid? ListingId { get; init; }

    public bool HasText => Text is not null;

    /// <summary>The validated query; <paramref name="callerId"/> is the caller's user id when <c>growerId</c> is given.</summary>
    public static BoardCriteria From(SearchListingsQuery query, Guid? callerId)
    {
        var text = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q;
        return new BoardCriteria
        {
            Text = text,
            Words = [.. SearchWords.Split(text).Distinct(StringComparer.Ordinal).Take(8)],
            Categories = [.. (query.Category ?? []).Select(EnumCode<Category>.Parse).Distinct()],
            Certifications = [.. (query.Certification ?? []).Distinct(StringComparer.Ordinal)],
            GrowingMethods = [.. (query.GrowingMethod ?? []).Select(EnumCode<GrowingMethod>.Parse).Distinct()],
            Grade = query.Grade is null ? null : EnumCode<Grade>.Parse(query.Grade),
            MinPrice = query.MinPrice,
            MaxPrice = query.MaxPrice,
            HarvestedAfter = query.HarvestedAfter,
            AvailableOn = query.AvailableOn,
            Delivery = DeliveryOptionCodes.TryParse(query.Delivery, out var delivery) ? delivery : null,
            Near = GeoPoint.TryParse(query.Near, out var near) ? near : null,
            RadiusMiles = query.RadiusMiles,
            GrowerId = query.GrowerId,
            OwnListings = query.GrowerId is { } grower && grower == callerId,
            Sort = BoardSorts.TryParse(query.Sort, out var sort) ? sort : text is null ? BoardSort.Newest : BoardSort.Relevance,
            Limit = query.Limit ?? 20,
            Cursor = query.Cursor,
            Facets = query.Facets == true,
        };
    }
}
