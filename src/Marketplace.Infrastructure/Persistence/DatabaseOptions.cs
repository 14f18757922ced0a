namespace Marketplace.Infrastructure.Persistence;

public enum DatabaseProvider { Sqlite, PostgreSql, SqlServer }

/// <summary><c>Marketplace:Database</c>. The connection string is <c>ConnectionStrings:Marketplace</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Marketplace:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations at start-up. Always done for SQLite, the embedded default.</summary>
    public bool MigrateOnStartup { get; set; }
}
