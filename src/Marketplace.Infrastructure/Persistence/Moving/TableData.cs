using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marketplace.Infrastructure.Persistence.Moving;

/// <summary>Reads, writes, counts and fingerprints one table of one database, with that database's own mappings.</summary>
internal sealed class TableData(MarketplaceDbContext context)
{
    /// <summary>SQL Server takes at most 2,100 parameters per command; staying under it suits every provider.</summary>
    private const int ParametersPerCommand = 2000;

    private readonly ISqlGenerationHelper _sql = context.GetService<ISqlGenerationHelper>();

    public IReadOnlyList<MovedTable> Tables { get; } = MovedTable.InDependencyOrder(context);

    public MovedTable Table(string name) =>
        Tables.SingleOrDefault(t => t.Name == name)
        ?? throw new MoveRefusedException($"The database has no table {name}; bring its schema up to date with the API's migrations first.");

    public async Task<DbConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await context.Database.OpenConnectionAsync(cancellationToken);
        return connection;
    }

    public async Task<long> CountAsync(MovedTable table, CancellationToken cancellationToken)
    {
        await using var command = (await ConnectionAsync(cancellationToken)).CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {_sql.DelimitIdentifier(table.Name)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every row as model values, in the column order of <paramref name="columns"/>.</summary>
    public async IAsyncEnumerable<object?[]> ReadAsync(
        MovedTable table, IReadOnlyList<string> columns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var mine = columns.Select(name => table.Columns.SingleOrDefault(c => c.Name == name)
            ?? throw new MoveRefusedException($"The table {table.Name} has no column {name}; bring its schema up to date first.")).ToList();
        await using var command = (await ConnectionAsync(cancellationToken)).CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", mine.Select(c => _sql.DelimitIdentifier(c.Name)))} FROM {_sql.DelimitIdentifier(table.Name)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[mine.Count];
            for (var i = 0; i < mine.Count; i++) row[i] = ColumnValues.Read(reader, i, mine[i].Mapping);
            yield return row;
        }
    }

    /// <summary>Inserts a batch of rows (model values in the table's column order) in one transaction.</summary>
    public async Task InsertAsync(MovedTable table, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rowsPerCommand = Math.Max(1, ParametersPerCommand / table.Columns.Count);
        foreach (var chunk in rows.Chunk(rowsPerCommand))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = new List<string>(chunk.Length);
            var index = 0;
            foreach (var row in chunk)
            {
                var names = new string[table.Columns.Count];
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var name = $"p{index++}";
                    command.Parameters.Add(table.Columns[c].Mapping.CreateParameter(command, _sql.GenerateParameterName(name), row[c], nullable: true));
                    names[c] = _sql.GenerateParameterNamePlaceholder(name);
                }
                values.Add($"({string.Join(", ", names)})");
            }
            command.CommandText = $"INSERT INTO {_sql.DelimitIdentifier(table.Name)} ({string.Join(", ", table.Columns.Select(c => _sql.DelimitIdentifier(c.Name)))}) VALUES {string.Join(", ", values)}";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ClearAsync(MovedTable table, CancellationToken cancellationToken)
    {
        await using var command = (await ConnectionAsync(cancellationToken)).CreateCommand();
        command.CommandText = $"DELETE FROM {_sql.DelimitIdentifier(table.Name)}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Row count and an order-free checksum (the XOR of the rows' hashes) over the given columns.</summary>
    public async Task<TableFingerprint> FingerprintAsync(MovedTable table, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        var checksum = new byte[32];
        long rows = 0;
        await foreach (var row in ReadAsync(table, columns, cancellationToken))
        {
            var hash = ColumnValues.RowHash(row);
            for (var i = 0; i < checksum.Length; i++) checksum[i] ^= hash[i];
            rows++;
        }
        return new TableFingerprint(rows, Convert.ToHexStringLower(checksum));
    }
}

public sealed record TableFingerprint(long Rows, string Checksum);
