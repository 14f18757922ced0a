using System.CommandLine;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Persistence.Moving;
using Spectre.Console;

namespace Marketplace.Cli;

/// <summary>
/// <c>extract</c> moves the marketplace's tables to another database and <c>verify</c> compares two of them
/// (README §Moving the marketplace's tables; docs/decisions/0049). Exit codes: 0 done and equal, 1 the databases
/// differ, 2 the move was refused (the message says why), and System.CommandLine's own for bad arguments.
/// </summary>
public static class MoveCommands
{
    public const int Differs = 1;
    public const int Refused = 2;

    public static RootCommand Build(IAnsiConsole console)
    {
        var endpoints = new DatabaseOptions();
        var resume = new Option<bool>("--resume") { Description = "Continue a copy that stopped: tables already equal to the source are kept." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would move and change nothing." };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per insert transaction.", DefaultValueFactory = _ => 1000 };
        batchSize.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 100_000) r.AddError("--batch-size must be between 1 and 100000."); });

        var extract = new Command("extract", "Create the marketplace schema on the target and copy every marketplace_ table into it.");
        endpoints.AddTo(extract);
        extract.Add(resume);
        extract.Add(dryRun);
        extract.Add(batchSize);
        extract.SetAction(async (parse, cancellationToken) =>
        {
            await using var source = endpoints.Source(parse);
            await using var target = endpoints.Target(parse);
            var move = new DatabaseMove(source, target, parse.GetValue(batchSize));
            return await Refusable(console, async () => parse.GetValue(dryRun)
                ? MoveReport.Plan(console, await move.PlanAsync(parse.GetValue(resume), cancellationToken))
                : MoveReport.Comparisons(console, await MoveReport.WithProgress(console,
                    progress => move.ExtractAsync(parse.GetValue(resume), progress, cancellationToken))));
        });

        var verify = new Command("verify", "Compare every marketplace_ table of two databases: row counts and a checksum of the columns.");
        endpoints.AddTo(verify);
        verify.SetAction(async (parse, cancellationToken) =>
        {
            await using var source = endpoints.Source(parse);
            await using var target = endpoints.Target(parse);
            var move = new DatabaseMove(source, target);
            return await Refusable(console, async () => MoveReport.Comparisons(console, await move.VerifyAsync(cancellationToken)));
        });

        return new RootCommand("Moves the VibeLux Marketplace's tables to a database of their own.") { extract, verify };
    }

    private static async Task<int> Refusable(IAnsiConsole console, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (MoveRefusedException refused)
        {
            console.MarkupLineInterpolated($"[red]Refused:[/] {refused.Message}");
            return Refused;
        }
    }

    /// <summary>The four options that name the two databases.</summary>
    private sealed class DatabaseOptions
    {
        private readonly Option<DatabaseProvider> _fromProvider = new("--from-provider") { Description = "Sqlite, PostgreSql or SqlServer.", Required = true };
        private readonly Option<string> _from = new("--from") { Description = "The source's connection string.", Required = true };
        private readonly Option<DatabaseProvider> _toProvider = new("--to-provider") { Description = "Sqlite, PostgreSql or SqlServer.", Required = true };
        private readonly Option<string> _to = new("--to") { Description = "The target's connection string.", Required = true };

        public void AddTo(Command command)
        {
            command.Add(_fromProvider);
            command.Add(_from);
            command.Add(_toProvider);
            command.Add(_to);
        }

        public MarketplaceDbContext Source(ParseResult parse) =>
            MarketplaceDatabases.Open(parse.GetValue(_fromProvider), parse.GetRequiredValue(_from));

        public MarketplaceDbContext Target(ParseResult parse) =>
            MarketplaceDatabases.Open(parse.GetValue(_toProvider), parse.GetRequiredValue(_to));
    }
}
