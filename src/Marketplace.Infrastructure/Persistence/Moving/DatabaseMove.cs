using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Moving;

/// <summary>Per table: how many rows the source holds, how many the target holds, and what a move does with it.</summary>
public sealed record TablePlan(string Table, long SourceRows, long? TargetRows, string Action);

public sealed record TableComparison(string Table, TableFingerprint Source, TableFingerprint Target)
{
    public bool Equal => Source == Target;
}

/// <summary>Progress of the copy: rows of <see cref="Table"/> copied so far, of <see cref="Total"/>.</summary>
public sealed record TableProgress(string Table, long Copied, long Total);

/// <summary>A move that must not start: the reason names what to do instead.</summary>
public sealed class MoveRefusedException(string message) : Exception(message);

/// <summary>
/// Moves every marketplace table from one database to another (docs/decisions/0049): the target's schema comes from
/// its provider's migrations, rows are copied in dependency order in batches with their ids, and the order-number
/// sequence continues after the copied maximum.
/// </summary>
public sealed class DatabaseMove(MarketplaceDbContext source, MarketplaceDbContext target, int batchSize = 1000)
{
    private readonly TableData _source = new(source);
    private readonly TableData _target = new(target);

    /// <summary>What <see cref="ExtractAsync"/> would do, changing nothing (the target's schema is not created).</summary>
    public async Task<IReadOnlyList<TablePlan>> PlanAsync(bool resume, CancellationToken cancellationToken)
    {
        await RequireMigratedSourceAsync(cancellationToken);
        var targetHasSchema = await target.Database.CanConnectAsync(cancellationToken)
            && (await target.Database.GetAppliedMigrationsAsync(cancellationToken)).Any();
        var plans = new List<TablePlan>();
        var copying = false;
        foreach (var table in _target.Tables)
        {
            var sourceRows = await _source.CountAsync(_source.Table(table.Name), cancellationToken);
            long? targetRows = targetHasSchema && TableExists(table) ? await _target.CountAsync(table, cancellationToken) : null;
            string action;
            if (targetRows is null or 0) action = "copy";
            else if (!resume) action = "refuse: the target holds rows (pass --resume to continue a stopped copy)";
            else if (!copying && await SameAsync(table, cancellationToken)) action = "skip: already copied";
            else action = "recopy";
            copying |= action is "copy" or "recopy";
            plans.Add(new TablePlan(table.Name, sourceRows, targetRows, action));
        }
        return plans;
    }

    public async Task<IReadOnlyList<TableComparison>> ExtractAsync(
        bool resume, IProgress<TableProgress>? progress, CancellationToken cancellationToken)
    {
        await RequireMigratedSourceAsync(cancellationToken);
        await target.Database.MigrateAsync(cancellationToken);
        var start = await FirstTableToCopyAsync(resume, cancellationToken);
        for (var i = _target.Tables.Count - 1; i >= start; i--) await _target.ClearAsync(_target.Tables[i], cancellationToken);
        for (var i = start; i < _target.Tables.Count; i++) await CopyAsync(_target.Tables[i], progress, cancellationToken);
        await OrderNumberSequence.ContinueAsync(target, cancellationToken);
        return await VerifyAsync(cancellationToken);
    }

    /// <summary>Row counts and checksums of every table, source against target.</summary>
    public async Task<IReadOnlyList<TableComparison>> VerifyAsync(CancellationToken cancellationToken)
    {
        var comparisons = new List<TableComparison>();
        foreach (var table in _target.Tables)
        {
            var columns = table.Columns.Select(c => c.Name).ToList();
            comparisons.Add(new TableComparison(
                table.Name,
                await _source.FingerprintAsync(_source.Table(table.Name), columns, cancellationToken),
                await _target.FingerprintAsync(table, columns, cancellationToken)));
        }
        return comparisons;
    }

    /// <summary>
    /// A fresh copy starts at the first table. A resumed one keeps the leading tables that already equal the source and
    /// copies again from the first that does not: tables are filled in order, so every later one is incomplete too.
    /// </summary>
    private async Task<int> FirstTableToCopyAsync(bool resume, CancellationToken cancellationToken)
    {
        var filled = new List<string>();
        foreach (var table in _target.Tables)
            if (await _target.CountAsync(table, cancellationToken) > 0) filled.Add(table.Name);
        if (filled.Count == 0) return 0;
        if (!resume)
            throw new MoveRefusedException(
                $"The target already holds rows ({string.Join(", ", filled)}). Move into an empty database, or pass --resume to continue a copy that stopped.");
        for (var i = 0; i < _target.Tables.Count; i++)
            if (!await SameAsync(_target.Tables[i], cancellationToken)) return i;
        return _target.Tables.Count;
    }

    private async Task<bool> SameAsync(MovedTable table, CancellationToken cancellationToken)
    {
        var columns = table.Columns.Select(c => c.Name).ToList();
        return await _source.FingerprintAsync(_source.Table(table.Name), columns, cancellationToken)
            == await _target.FingerprintAsync(table, columns, cancellationToken);
    }

    private async Task CopyAsync(MovedTable table, IProgress<TableProgress>? progress, CancellationToken cancellationToken)
    {
        var total = await _source.CountAsync(_source.Table(table.Name), cancellationToken);
        var columns = table.Columns.Select(c => c.Name).ToList();
        var batch = new List<object?[]>(batchSize);
        long copied = 0;
        progress?.Report(new TableProgress(table.Name, 0, total));
        await foreach (var row in _source.ReadAsync(_source.Table(table.Name), columns, cancellationToken))
        {
            batch.Add(row);
            if (batch.Count < batchSize) continue;
            await _target.InsertAsync(table, batch, cancellationToken);
            copied += batch.Count;
            batch.Clear();
            progress?.Report(new TableProgress(table.Name, copied, total));
        }
        if (batch.Count > 0) await _target.InsertAsync(table, batch, cancellationToken);
        progress?.Report(new TableProgress(table.Name, copied + batch.Count, total));
    }

    private async Task RequireMigratedSourceAsync(CancellationToken cancellationToken)
    {
        if (!(await source.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
            throw new MoveRefusedException("The source holds no marketplace schema (no migration has been applied to it).");
        var pending = (await source.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            throw new MoveRefusedException(
                $"The source lacks the migrations {string.Join(", ", pending)}; start the API on it once (it migrates) and move again.");
    }

    private bool TableExists(MovedTable table) =>
        target.Database.SqlQueryRaw<int>(
            target is SqliteMarketplaceDbContext
                ? "SELECT 1 AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}"
                : "SELECT 1 AS \"Value\" FROM information_schema.tables WHERE table_name = {0}",
            table.Name).AsEnumerable().Any();
}
