using Npgsql;
using NpgsqlTypes;

namespace Marketplace.Bench.Seeding;

/// <summary>PostgreSQL: drop and recreate the database, bulk-load with binary COPY, then VACUUM ANALYZE.</summary>
internal sealed class PostgresSeeder(string connectionString) : ISeeder
{
    private const string ListingColumns =
        "id, grower_id, farm_name, title, category, product_type, variety, description, growing_method, certifications, " +
        "grade, unit, unit_price_amount, currency, bulk_discounts, minimum_order_quantity, low_stock_threshold, harvest_date, " +
        "available_from, available_until, shelf_life_days, offers_pickup, offers_delivery, delivery_radius_miles, " +
        "delivery_fee_amount, city, state, postal_code, latitude, longitude, cold_chain_required, sustainability, status, " +
        "on_hand, reserved, grower_rating, search_text, created_at, updated_at, movement_count, version, image_count, next_image_position";

    public async Task RecreateDatabaseAsync()
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var database = target.Database ?? throw new ArgumentException("The PostgreSQL connection string needs a Database.");
        BenchOptions.RequireBenchName(database);
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await Execute(connection, $"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)");
        await Execute(connection, $"CREATE DATABASE {quoted}");
    }

    public async Task SeedAsync(int listings, DateTimeOffset now)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var grower in CatalogData.Growers) await InsertGrowerAsync(connection, grower, now);

        await using (var copy = await connection.BeginBinaryImportAsync($"COPY marketplace_listings ({ListingColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in Catalog.Generate(listings, now)) await WriteRowAsync(copy, row);
            await copy.CompleteAsync();
        }
        await transaction.CommitAsync();
    }

    public async Task AnalyzeAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, "VACUUM ANALYZE");
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter copy, ListingRow r)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(r.Id, NpgsqlDbType.Uuid);
        await copy.WriteAsync(r.GrowerId, NpgsqlDbType.Uuid);
        await copy.WriteAsync(r.FarmName, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.Title, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.Category, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.ProductType, NpgsqlDbType.Varchar);
        await WriteNullable(copy, r.Variety, NpgsqlDbType.Varchar);
        await WriteNullable(copy, r.Description, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.GrowingMethod, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.Certifications, NpgsqlDbType.Array | NpgsqlDbType.Text);
        await copy.WriteAsync(r.Grade, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.Unit, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.UnitPriceAmount, NpgsqlDbType.Bigint);
        await copy.WriteAsync(ListingRow.Currency, NpgsqlDbType.Char);
        await copy.WriteAsync(r.BulkDiscountsJson, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.MinimumOrderQuantity, NpgsqlDbType.Numeric);
        await copy.WriteAsync(r.LowStockThreshold, NpgsqlDbType.Numeric);
        await copy.WriteAsync(r.HarvestDate, NpgsqlDbType.Date);
        await WriteNullable(copy, r.AvailableFrom, NpgsqlDbType.Date);
        await WriteNullable(copy, r.AvailableUntil, NpgsqlDbType.Date);
        await WriteNullable(copy, r.ShelfLifeDays, NpgsqlDbType.Integer);
        await copy.WriteAsync(r.OffersPickup, NpgsqlDbType.Boolean);
        await copy.WriteAsync(r.OffersDelivery, NpgsqlDbType.Boolean);
        await WriteNullable(copy, r.DeliveryRadiusMiles, NpgsqlDbType.Numeric);
        await WriteNullable(copy, r.DeliveryFeeAmount, NpgsqlDbType.Bigint);
        await copy.WriteAsync(r.City, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.State, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.PostalCode, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.Latitude, NpgsqlDbType.Double);
        await copy.WriteAsync(r.Longitude, NpgsqlDbType.Double);
        await copy.WriteAsync(r.ColdChainRequired, NpgsqlDbType.Boolean);
        await WriteNullable(copy, r.SustainabilityJson, NpgsqlDbType.Varchar);
        await copy.WriteAsync(ListingRow.Status, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.OnHand, NpgsqlDbType.Numeric);
        await copy.WriteAsync(0m, NpgsqlDbType.Numeric);
        await copy.WriteAsync(r.GrowerRating, NpgsqlDbType.Double);
        await copy.WriteAsync(r.SearchText, NpgsqlDbType.Varchar);
        await copy.WriteAsync(r.CreatedAt, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(r.UpdatedAt, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(0, NpgsqlDbType.Integer);
        await copy.WriteAsync(1, NpgsqlDbType.Integer);
        await copy.WriteAsync(0, NpgsqlDbType.Integer); // image_count
        await copy.WriteAsync(0, NpgsqlDbType.Integer); // next_image_position
    }

    private static Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : class =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);

    private static Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type) : copy.WriteNullAsync();

    private static async Task InsertGrowerAsync(NpgsqlConnection connection, Grower g, DateTimeOffset now)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO marketplace_users (id, external_id, email, display_name, created_at, updated_at)
            VALUES (@id, @subject, @email, @name, @now, @now);
            INSERT INTO marketplace_grower_profiles (user_id, farm_name, description, city, state, postal_code, latitude,
                longitude, growing_methods, certifications, facility_size_sq_ft, verified, review_count, rating_total,
                rating_version, charges_enabled, payouts_enabled, details_submitted)
            VALUES (@id, @farm, @description, @city, 'CA', @postal, @lat, @lng, @methods, @certifications, 50000, TRUE, 40, 180, 0, TRUE, TRUE, TRUE);
            """, connection);
        command.Parameters.AddWithValue("id", g.Id);
        command.Parameters.AddWithValue("subject", g.Subject);
        command.Parameters.AddWithValue("email", $"{g.Subject}@bench.vibelux.local");
        command.Parameters.AddWithValue("name", g.FarmName);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("farm", g.FarmName);
        command.Parameters.AddWithValue("description", g.Description);
        command.Parameters.AddWithValue("city", g.Site.City);
        command.Parameters.AddWithValue("postal", g.Site.PostalCode);
        command.Parameters.AddWithValue("lat", g.Site.Latitude);
        command.Parameters.AddWithValue("lng", g.Site.Longitude);
        command.Parameters.AddWithValue("methods", g.Methods);
        command.Parameters.AddWithValue("certifications", g.Certifications);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
