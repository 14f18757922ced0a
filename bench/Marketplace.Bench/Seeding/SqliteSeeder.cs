using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Marketplace.Bench.Seeding;

/// <summary>
/// SQLite: delete the file, then one transaction of prepared single-row inserts (SQLite's fastest bulk path).
/// Storage forms follow the EF SQLite mapping: GUIDs as upper-case text, instants as UTC ticks, dates as
/// yyyy-MM-dd, decimals as text, string lists as JSON arrays.
/// </summary>
internal sealed class SqliteSeeder(string connectionString) : ISeeder
{
    private static readonly string[] Columns =
    [
        "id", "grower_id", "farm_name", "title", "category", "product_type", "variety", "description", "growing_method",
        "certifications", "grade", "unit", "unit_price_amount", "currency", "bulk_discounts", "minimum_order_quantity",
        "low_stock_threshold", "harvest_date", "available_from", "available_until", "shelf_life_days", "offers_pickup",
        "offers_delivery", "delivery_radius_miles", "delivery_fee_amount", "city", "state", "postal_code", "latitude",
        "longitude", "cold_chain_required", "sustainability", "status", "on_hand", "reserved", "grower_rating",
        "search_text", "created_at", "updated_at", "movement_count", "version", "image_count", "next_image_position",
    ];

    public Task RecreateDatabaseAsync()
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        BenchOptions.RequireBenchName(Path.GetFileName(file));
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" }) File.Delete(file + suffix);
        return Task.CompletedTask;
    }

    public async Task SeedAsync(int listings, DateTimeOffset now)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        foreach (var grower in CatalogData.Growers) await InsertGrowerAsync(connection, grower, now);

        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO marketplace_listings ({string.Join(", ", Columns)}) " +
                             $"VALUES ({string.Join(", ", Columns.Select(c => "@" + c))})";
        var parameters = Columns.ToDictionary(c => c, c => insert.Parameters.Add(new SqliteParameter { ParameterName = "@" + c }));
        insert.Prepare();
        foreach (var row in Catalog.Generate(listings, now))
        {
            foreach (var (column, value) in Values(row)) parameters[column].Value = value ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    public async Task AnalyzeAsync()
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync();
    }

    private static IEnumerable<(string, object?)> Values(ListingRow r) =>
    [
        ("id", r.Id), ("grower_id", r.GrowerId), ("farm_name", r.FarmName), ("title", r.Title), ("category", r.Category),
        ("product_type", r.ProductType), ("variety", r.Variety), ("description", r.Description),
        ("growing_method", r.GrowingMethod), ("certifications", JsonSerializer.Serialize(r.Certifications)),
        ("grade", r.Grade), ("unit", r.Unit), ("unit_price_amount", r.UnitPriceAmount), ("currency", ListingRow.Currency),
        ("bulk_discounts", r.BulkDiscountsJson), ("minimum_order_quantity", r.MinimumOrderQuantity),
        ("low_stock_threshold", r.LowStockThreshold), ("harvest_date", r.HarvestDate), ("available_from", r.AvailableFrom),
        ("available_until", r.AvailableUntil), ("shelf_life_days", r.ShelfLifeDays), ("offers_pickup", r.OffersPickup),
        ("offers_delivery", r.OffersDelivery), ("delivery_radius_miles", r.DeliveryRadiusMiles),
        ("delivery_fee_amount", r.DeliveryFeeAmount), ("city", r.City), ("state", r.State), ("postal_code", r.PostalCode),
        ("latitude", r.Latitude), ("longitude", r.Longitude), ("cold_chain_required", r.ColdChainRequired),
        ("sustainability", r.SustainabilityJson), ("status", ListingRow.Status), ("on_hand", r.OnHand), ("reserved", 0m),
        ("grower_rating", r.GrowerRating), ("search_text", r.SearchText), ("created_at", r.CreatedAt.UtcTicks),
        ("updated_at", r.UpdatedAt.UtcTicks), ("movement_count", 0), ("version", 1), ("image_count", 0), ("next_image_position", 0),
    ];

    private static async Task InsertGrowerAsync(SqliteConnection connection, Grower g, DateTimeOffset now)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO marketplace_users (id, external_id, email, display_name, created_at, updated_at)
            VALUES (@id, @subject, @email, @name, @now, @now);
            INSERT INTO marketplace_grower_profiles (user_id, farm_name, description, city, state, postal_code, latitude,
                longitude, growing_methods, certifications, facility_size_sq_ft, verified, review_count, rating_total,
                rating_version, charges_enabled, payouts_enabled, details_submitted)
            VALUES (@id, @farm, @description, @city, 'CA', @postal, @lat, @lng, @methods, @certifications, 50000, 1, 40, 180, 0, 1, 1, 1);
            """;
        command.Parameters.AddWithValue("@id", g.Id);
        command.Parameters.AddWithValue("@subject", g.Subject);
        command.Parameters.AddWithValue("@email", $"{g.Subject}@bench.vibelux.local");
        command.Parameters.AddWithValue("@name", g.FarmName);
        command.Parameters.AddWithValue("@now", now.UtcTicks);
        command.Parameters.AddWithValue("@farm", g.FarmName);
        command.Parameters.AddWithValue("@description", g.Description);
        command.Parameters.AddWithValue("@city", g.Site.City);
        command.Parameters.AddWithValue("@postal", g.Site.PostalCode);
        command.Parameters.AddWithValue("@lat", g.Site.Latitude);
        command.Parameters.AddWithValue("@lng", g.Site.Longitude);
        command.Parameters.AddWithValue("@methods", JsonSerializer.Serialize(g.Methods));
        command.Parameters.AddWithValue("@certifications", JsonSerializer.Serialize(g.Certifications));
        await command.ExecuteNonQueryAsync();
    }
}
