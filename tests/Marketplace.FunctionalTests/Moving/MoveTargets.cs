using Marketplace.FunctionalTests.Support;
using Npgsql;

namespace Marketplace.FunctionalTests.Moving;

/// <summary>An empty PostgreSQL database of its own, beside the one MARKETPLACE_TEST_POSTGRES names; dropped afterwards.</summary>
public sealed class EmptyPostgresDatabase : IAsyncDisposable
{
    private static readonly string? Server = System.Environment.GetEnvironmentVariable(PostgresApiFactory.Variable);
    private readonly string _name = $"marketplace_move_{Guid.NewGuid():N}";

    public static bool IsAvailable => !string.IsNullOrWhiteSpace(Server);

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = _name, Pooling = false }.ConnectionString;

    public static async Task<EmptyPostgresDatabase> CreateAsync()
    {
        var database = new EmptyPostgresDatabase();
        await AdminAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public async ValueTask DisposeAsync() => await AdminAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The API started on a database that a move filled: nothing is migrated or seeded at start-up.</summary>
public sealed class MovedPostgresApiFactory(string connectionString) : ApiFactory
{
    protected override IDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Database:Provider"] = "PostgreSql",
        ["Marketplace:Database:MigrateOnStartup"] = "false",
        ["ConnectionStrings:Marketplace"] = connectionString,
    };

    public override Task ResetAsync() => throw new NotSupportedException("A moved database is compared, never reset.");
}
