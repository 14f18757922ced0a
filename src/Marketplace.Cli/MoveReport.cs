using Marketplace.Infrastructure.Persistence.Moving;
using Spectre.Console;

namespace Marketplace.Cli;

/// <summary>What the commands print: a table per run, and a progress bar per copied table.</summary>
internal static class MoveReport
{
    public static int Plan(IAnsiConsole console, IReadOnlyList<TablePlan> plans)
    {
        var table = new Table().AddColumns("Table", "Source rows", "Target rows", "Action");
        foreach (var plan in plans)
            table.AddRow(Markup.Escape(plan.Table), plan.SourceRows.ToString("N0"),
                plan.TargetRows?.ToString("N0") ?? "(no schema)", Markup.Escape(plan.Action));
        console.Write(table);
        var refused = plans.Any(p => p.Action.StartsWith("refuse", StringComparison.Ordinal));
        console.MarkupLine(refused
            ? "[red]Dry run: the move would be refused.[/]"
            : $"Dry run: {plans.Sum(p => p.Action is "skip: already copied" ? 0 : p.SourceRows):N0} rows would be copied. Nothing was changed.");
        return refused ? MoveCommands.Refused : 0;
    }

    public static int Comparisons(IAnsiConsole console, IReadOnlyList<TableComparison> comparisons)
    {
        var table = new Table().AddColumns("Table", "Source rows", "Target rows", "Checksum");
        foreach (var c in comparisons)
            table.AddRow(Markup.Escape(c.Table), c.Source.Rows.ToString("N0"), c.Target.Rows.ToString("N0"),
                c.Equal ? "[green]equal[/]" : "[red]differs[/]");
        console.Write(table);
        var differing = comparisons.Where(c => !c.Equal).Select(c => c.Table).ToList();
        if (differing.Count == 0)
        {
            console.MarkupLine($"[green]Equal:[/] {comparisons.Count} tables, {comparisons.Sum(c => c.Source.Rows):N0} rows.");
            return 0;
        }
        console.MarkupLineInterpolated($"[red]Differs:[/] {string.Join(", ", differing)}");
        return MoveCommands.Differs;
    }

    public static Task<T> WithProgress<T>(IAnsiConsole console, Func<IProgress<TableProgress>, Task<T>> run) =>
        console.Progress().AutoClear(false).StartAsync(async context =>
        {
            var tasks = new Dictionary<string, ProgressTask>();
            // Reported on the copying thread, so no synchronisation context is needed to reach the display.
            var progress = new Reporter(report =>
            {
                if (!tasks.TryGetValue(report.Table, out var task))
                    tasks[report.Table] = task = context.AddTask(Markup.Escape(report.Table), maxValue: Math.Max(1, report.Total));
                task.Value = report.Total == 0 ? 1 : report.Copied;
            });
            return await run(progress);
        });

    private sealed class Reporter(Action<TableProgress> report) : IProgress<TableProgress>
    {
        public void Report(TableProgress value) => report(value);
    }
}
