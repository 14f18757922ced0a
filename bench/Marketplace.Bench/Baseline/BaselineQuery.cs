using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using System.Text.Json;

namespace Marketplace.Bench.Baseline;

/// <summary>The board filter the benchmark uses: every word of q, any category, any certification; sorted by price.</summary>
internal sealed record BoardFilter(string[] Terms, string[] Categories, string[] Certifications, int Take);

/// <summary>
/// The hand-written equivalent of the API's board query for sort=price: one statement, only the response's
/// columns, the same WHERE (status, LIKE per word, category, certification overlap) and keyset order.
/// </summary>
internal sealed class BaselineQuery(Provider provider)
{
    private const string Columns =
        "id, grower_id, farm_name, title, category, product_type, variety, description, growing_method, certifications, " +
        "grade, unit, unit_price_amount, currency, bulk_discounts, minimum_order_quantity, low_stock_threshold, harvest_date, " +
        "available_from, available_until, shelf_life_days, offers_pickup, offers_delivery, delivery_radius_miles, " +
        "delivery_fee_amount, city, state, postal_code, latitude, longitude, cold_chain_required, sustainability, status, " +
        "on_hand, reserved, grower_rating, created_at, updated_at";

    private readonly ConcurrentDictionary<(int, int, int), string> sqlByShape = new();

    /// <summary>Fills <paramref name="command"/> with the statement and its parameters.</summary>
    public void Prepare(DbCommand command, BoardFilter filter)
    {
        command.CommandText = sqlByShape.GetOrAdd((filter.Terms.Length, filter.Categories.Length, filter.Certifications.Length), Build);
        for (var i = 0; i < filter.Terms.Length; i++) Add(command, $"t{i}", "%" + EscapeLike(filter.Terms[i]) + "%");
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
    private string Build((int Terms, int Categories, int Certifications) shape)
    {
        var postgres = provider == Provider.PostgreSql;
        var sql = new StringBuilder($"SELECT {Columns} FROM marketplace_listings WHERE status = 'active'");
        for (var i = 0; i < shape.Terms; i++) sql.Append($" AND search_text LIKE @t{i} ESCAPE '\\'");
        if (shape.Categories > 0)
            sql.Append(postgres && shape.Categories > 1 ? " AND category = ANY (@categories)" : $" AND category {InList("c", shape.Categories)}");
        if (shape.Certifications > 0)
        {
            sql.Append(postgres
                ? " AND certifications && @certs"
                : $" AND EXISTS (SELECT 1 FROM json_each(certifications) AS c WHERE c.value {InList("x", shape.Certifications)})");
        }
        return sql.Append(" ORDER BY unit_price_amount, id LIMIT @take").ToString();
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

    private static string EscapeLike(string term) => term
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal);
}
