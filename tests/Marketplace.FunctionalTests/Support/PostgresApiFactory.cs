using Npgsql;
using Respawn;

namespace Marketplace.FunctionalTests.Support;

/// <summary>PostgreSQL named by MARKETPLACE_TEST_POSTGRES; migrated at start-up, reset by Respawn before each test.</summary>
public class PostgresApiFactory : ApiFactory
{
    public const string Variable = "MARKETPLACE_TEST_POSTGRES";
    private static readonly string? ConnectionString = System.Environment.GetEnvironmentVariable(Variable);
    private Respawner? _respawner;

    public override bool IsAvailable => !string.IsNullOrWhiteSpace(ConnectionString);
    public override string UnavailableReason => $"{Variable} is not set (a PostgreSQL connection string); .ci/run sets it.";

    protected override IDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Database:Provider"] = "PostgreSql",
        ["Marketplace:Database:MigrateOnStartup"] = "true",
        ["ConnectionStrings:Marketplace"] = ConnectionString,
    };

    public override async Task ResetAsync()
    {
        _ = Server; // starts the host, which migrates the database
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["marketplace_ef_migrations"],
        });
        await _respawner.ResetAsync(connection);
    }
}
