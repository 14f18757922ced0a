using System.Globalization;
using System.Text;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// The board's filters written as the query string of <c>GET /listings</c> (<c>q=kale&amp;category=leafy-greens</c>),
/// read into the same <see cref="SearchListingsQuery"/> the endpoint binds, and written back in one normal form: keys
/// in a fixed order, repeated values sorted and distinct, empty values dropped. The page (<c>limit</c>, <c>cursor</c>)
/// and <c>facets</c> are not filters and are refused here.
/// </summary>
public static class BoardQueryString
{
    private static readonly string[] Keys =
    [
        "q", "category", "certification", "growingMethod", "grade", "minPrice", "maxPrice", "harvestedAfter",
        "availableOn", "delivery", "near", "radiusMiles", "growerId", "sort",
    ];

    private static readonly HashSet<string> Repeatable = new(["category", "certification", "growingMethod"], StringComparer.Ordinal);

    /// <summary>The query's filters, or the reasons it cannot be read (each naming its parameter).</summary>
    public static SearchListingsQuery? TryParse(string? text, out List<string> errors)
    {
        errors = [];
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in (text ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=');
            var rawKey = Unescape(at < 0 ? pair : pair[..at]);
            var value = Unescape(at < 0 ? "" : pair[(at + 1)..]).Trim();
            var key = Keys.FirstOrDefault(k => string.Equals(k, rawKey, StringComparison.OrdinalIgnoreCase));
            if (key is null)
            {
                errors.Add($"'{rawKey}' is not a board filter (use {string.Join(", ", Keys)}).");
                continue;
            }
            if (value.Length == 0) continue;
            if (!values.TryGetValue(key, out var list)) values[key] = list = [];
            if (list.Count > 0 && !Repeatable.Contains(key)) errors.Add($"{key}: given more than once.");
            list.Add(value);
        }
        if (errors.Count > 0) return null;

        string? One(string key) => values.TryGetValue(key, out var v) ? v[0] : null;
        string[]? Many(string key) => values.TryGetValue(key, out var v) ? [.. v.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] : null;
        var parsed = new SearchListingsQuery
        {
            Q = One("q"),
            Category = Many("category"),
            Certification = Many("certification"),
            GrowingMethod = Many("growingMethod"),
            Grade = One("grade"),
            MinPrice = Read<long>("minPrice", One("minPrice"), ParseWhole, "a whole number", errors),
            MaxPrice = Read<long>("maxPrice", One("maxPrice"), ParseWhole, "a whole number", errors),
            HarvestedAfter = Read("harvestedAfter", One("harvestedAfter"), ParseDate, "a date such as 2026-11-20", errors),
            AvailableOn = Read("availableOn", One("availableOn"), ParseDate, "a date such as 2026-11-20", errors),
            Delivery = One("delivery"),
            Near = One("near"),
            RadiusMiles = Read<double>("radiusMiles", One("radiusMiles"), s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : (double?)null, "a number", errors),
            GrowerId = Read<Guid>("growerId", One("growerId"), s => Guid.TryParse(s, out var g) ? g : (Guid?)null, "a UUID", errors),
            Sort = One("sort"),
        };
        return errors.Count > 0 ? null : parsed;
    }

    /// <summary>The normal form of a parsed query; reading it back gives the same filters.</summary>
    public static string Format(SearchListingsQuery query)
    {
        var parts = new List<(string Key, string Value)>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) parts.Add((key, value)); }
        void AddAll(string key, string[]? values) { foreach (var v in (values ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) Add(key, v); }

        Add("q", query.Q?.Trim());
        AddAll("category", query.Category);
        AddAll("certification", query.Certification);
        AddAll("growingMethod", query.GrowingMethod);
        Add("grade", query.Grade);
        Add("minPrice", query.MinPrice?.ToString(CultureInfo.InvariantCulture));
        Add("maxPrice", query.MaxPrice?.ToString(CultureInfo.InvariantCulture));
        Add("harvestedAfter", query.HarvestedAfter?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("availableOn", query.AvailableOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("delivery", query.Delivery);
        Add("near", GeoPoint.TryParse(query.Near, out var near)
            ? string.Create(CultureInfo.InvariantCulture, $"{near.Latitude:R},{near.Longitude:R}") : query.Near);
        Add("radiusMiles", query.RadiusMiles?.ToString("R", CultureInfo.InvariantCulture));
        Add("growerId", query.GrowerId?.ToString("D"));
        Add("sort", query.Sort);

        var text = new StringBuilder();
        foreach (var (key, value) in parts)
            text.Append(text.Length == 0 ? "" : "&").Append(key).Append('=').Append(Uri.EscapeDataString(value));
        return text.ToString();
    }

    private static T? Read<T>(string key, string? value, Func<string, T?> parse, string expected, List<string> errors) where T : struct
    {
        if (value is null) return null;
        var parsed = parse(value);
        if (parsed is null) errors.Add($"{key}: '{value}' is not {expected}.");
        return parsed;
    }

    private static long? ParseWhole(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Unescape(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
