using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using System.Text.Json;

namespace Marketplace.Bench.Baseline;

/// <summary>The board filters the baseline answers: any category, any certification, a highest price, a column sort.</summary>
internal sealed record BoardFilter(string[] Categories, string[] Certifications, long? MaxPrice, string Sort, int Take);

/// <summary>
/// The hand-written equivalent of the API's board query for the mix's filter-only requests (no text, no facets, no
/// geo): one statement, only the response's columns, the same WHERE (status, category, certification overlap, price)
/// and keyset order as the API's sort descriptors.
/// </summary>
internal sealed class BaselineQuery(Provider provider)
{
    private const string Columns =
        "id, grower_id, farm_name, title, category, product_type, variety, description, growing_method, certifications, " +
        "grade, unit, unit_price_amount, currency, bulk_discounts, minimum_order_quantity, low_stock_threshold, harvest_date, " +
        "available_from, available_until, shelf_life_days, offers_pickup, offers_delivery, delivery_radius_miles, " +
        "delivery_fee_amount, city, state, postal_code, latitude, longitude, cold_chain_required, sustainability, status, " +
        "on_hand, reserved, grower_rating, created_at, updated_at";

    private readonly ConcurrentDictionary<(int, int, bool, string), string> sqlByShape = new();

    /// <summary>The ORDER BY of each column sort, as the API's descriptors order (the id last).</summary>
    public static readonly IReadOnlyDictionary<string, string> Orders = new Dictionary<string, string>
    {
        ["newest"] = "created_at DESC, id DESC",
        ["price"] = "unit_price_amount, id",
        ["-price"] = "unit_price_amount DESC, id DESC",
        ["freshest"] = "harvest_date DESC, id DESC",
        ["rating"] = "grower_rating DESC, id DESC",
    };

    /// <summary>Fills <paramref name="command"/> with the statement and its parameters.</summary>
    public void Prepare(DbCommand command, BoardFilter filter)
    {
        command.CommandText = sqlByShape.GetOrAdd((filter.Categories.Length, filter.Certifications.Length, filter.MaxPrice is not null, filter.Sort), Build);
        if (filter.MaxPrice is { } max) Add(command, "max", max);
        if (provider == Provider.PostgreSql)
        {
            if (filter.Categories.Length > 1) Add(command, "categories", filter.Categories);
            if (filter.Categories.Length == 1) Add(command, "c0", filter.Categories[0]);
            if (filter.Certifications.Length > 0) Add(command, "certs", filter.Certifications);
        }
        else
        {
            for (var i = 0; i < filter.Categories.Length; i++) Add(command, $"c{i}", filter.Categories[i]);
            for (var i = 0; i < filter.Certifications.Length; i++) Add(command, $"x{i}", filter.Certifications[i]);
        }
        Add(command, "take", filter.Take);
    }

    public BoardItem Read(DbDataReader r)
    {
        var currency = r.GetString(13);
        var onHand = r.GetDecimal(33);
        var reserved = r.GetDecimal(34);
        return new BoardItem(
            r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
            r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.GetString(8),
            provider == Provider.PostgreSql ? r.GetFieldValue<string[]>(9) : JsonSerializer.Deserialize<string[]>(r.GetString(9))!,
            r.GetString(10), r.GetString(11), new MoneyDto(r.GetInt64(12), currency),
            JsonSerializer.Deserialize<JsonElement>(r.GetString(14)), r.GetDecimal(15), r.GetDecimal(16),
            r.GetFieldValue<DateOnly>(17), Nullable<DateOnly>(r, 18), Nullable<DateOnly>(r, 19), Nullable<int>(r, 20),
            new DeliveryDto(r.GetBoolean(21), r.GetBoolean(22), Nullable<decimal>(r, 23),
                r.IsDBNull(24) ? null : new MoneyDto(r.GetInt64(24), currency)),
            new LocationDto(r.GetString(25), r.GetString(26), r.GetString(27), r.GetDouble(28), r.GetDouble(29)),
            r.GetBoolean(30), r.IsDBNull(31) ? null : JsonSerializer.Deserialize<JsonElement>(r.GetString(31)),
            r.GetString(32), new StockDto(onHand, reserved, onHand - reserved), [], r.GetDouble(35),
            Instant(r, 36), Instant(r, 37));
    }

    private DateTimeOffset Instant(DbDataReader r, int ordinal) => provider == Provider.PostgreSql
        ? r.GetFieldValue<DateTimeOffset>(ordinal)
        : new DateTimeOffset(r.GetInt64(ordinal), TimeSpan.Zero);

    private static T? Nullable<T>(DbDataReader r, int ordinal) where T : struct =>
        r.IsDBNull(ordinal) ? null : r.GetFieldValue<T>(ordinal);

    /// <summary>
    /// The statement EF Core sends for this filter (captured with --log-sql): on PostgreSQL <c>category = @c0</c> for
    /// one category (<c>= ANY</c> for several) and <c>&amp;&amp;</c>; on SQLite one parameter per value and json_each.
    /// </summary>
    private string Build((int Categories, int Certifications, bool MaxPrice, string Sort) shape)
    {
        var postgres = provider == Provider.PostgreSql;
        var sql = new StringBuilder($"SELECT {Columns} FROM marketplace_listings WHERE status = 'active'");
        if (shape.Categories > 0)
            sql.Append(postgres && shape.Categories > 1 ? " AND category = ANY (@categories)" : $" AND category {InList("c", shape.Categories)}");
        if (shape.Certifications > 0)
        {
            sql.Append(postgres
                ? " AND certifications && @certs"
                : $" AND EXISTS (SELECT 1 FROM json_each(certifications) AS c WHERE c.value {InList("x", shape.Certifications)})");
        }
        if (shape.MaxPrice) sql.Append(" AND unit_price_amount <= @max");
        return sql.Append($" ORDER BY {Orders[shape.Sort]} LIMIT @take").ToString();
    }

    private static string InList(string prefix, int count) => count == 1
        ? $"= @{prefix}0"
        : $"IN ({string.Join(", ", Enumerable.Range(0, count).Select(i => $"@{prefix}{i}"))})";

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
