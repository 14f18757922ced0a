using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.FunctionalTests.Support;

/// <summary>
/// Makes the database refuse the commands a test names (by their SQL), the way a lost connection or a
/// failing disk would at commit time; off unless a test sets <see cref="FailWhen"/>.
/// </summary>
public sealed class FailingCommands : DbCommandInterceptor
{
    public Func<string, bool>? FailWhen { get; set; }

    private void ThrowIfChosen(DbCommand command)
    {
        if (FailWhen is { } fail && fail(command.CommandText))
            throw new InvalidOperationException("The database refused the command (simulated by the test).");
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        ThrowIfChosen(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ThrowIfChosen(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        ThrowIfChosen(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ThrowIfChosen(command);
        return ValueTask.FromResult(result);
    }
}
