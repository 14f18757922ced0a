using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// Recognises a database that refuses work for now (it is full, starting, unreachable or locked by another
/// writer), as opposed to a bug: the API answers these with 503 and <c>Retry-After</c>, and a client may retry.
/// </summary>
public static class DatabaseAvailability
{
    /// <summary>What <c>Retry-After</c> tells a client: long enough for a restart or a lock to pass.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>True when <paramref name="exception"/> or one it wraps (EF wraps provider errors) says the database refused the work.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (Refuses(e)) return true;
        return false;
    }

    private static bool Refuses(Exception exception) => exception switch
    {
        // too_many_connections, cannot_connect_now (starting up or shutting down).
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow,
        // Npgsql's own error on open: nothing listening, host unreachable, or no connection within Timeout.
        NpgsqlException { InnerException: SocketException or TimeoutException } => true,
        // SQLITE_BUSY / SQLITE_LOCKED still standing after the busy timeout (and the unit of work's retries).
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        // Connection failure (53, -1), timeout (-2), database unavailable or busy (4060, 40613, 10928, 10929).
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 53 or -1 or -2 or 4060 or 40613 or 10928 or 10929,
        _ => false,
    };
}
