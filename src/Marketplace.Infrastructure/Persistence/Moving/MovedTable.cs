using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marketplace.Infrastructure.Persistence.Moving;

/// <summary>A column as one provider stores it: the type mapping reads and writes the model's value.</summary>
public sealed record MovedColumn(string Name, RelationalTypeMapping Mapping);

/// <summary>One <c>marketplace_</c> table of the model, with the columns a move copies.</summary>
public sealed record MovedTable(string Name, IReadOnlyList<MovedColumn> Columns, IReadOnlyList<string> Principals)
{
    /// <summary>
    /// Every table of the model, principals before their dependents, so foreign keys hold at every insert.
    /// Ties are broken by name so that two runs agree on the order (and a resume continues where a copy stopped).
    /// </summary>
    public static IReadOnlyList<MovedTable> InDependencyOrder(DbContext context)
    {
        // The read-optimised runtime model keeps no foreign-key constraints of the store; the design-time model does.
        var tables = context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .Where(t => t.Schema is null && !t.IsExcludedFromMigrations)
            .ToDictionary(t => t.Name, From);
        var ordered = new List<MovedTable>();
        var placed = new HashSet<string>();
        while (ordered.Count < tables.Count)
        {
            var next = tables.Values
                .Where(t => !placed.Contains(t.Name) && t.Principals.All(p => placed.Contains(p) || !tables.ContainsKey(p)))
                .OrderBy(t => t.Name, StringComparer.Ordinal)
                .FirstOrDefault()
                ?? throw new InvalidOperationException("The model's foreign keys form a cycle; no table can be copied first.");
            ordered.Add(next);
            placed.Add(next.Name);
        }
        return ordered;
    }

    private static MovedTable From(ITable table)
    {
        var columns = table.Columns
            .Where(c => c.ComputedColumnSql is null)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new MovedColumn(c.Name, c.PropertyMappings[0].TypeMapping))
            .ToList();
        var principals = table.ForeignKeyConstraints
            .Select(fk => fk.PrincipalTable.Name)
            .Where(name => name != table.Name) // a self-reference orders nothing
            .Distinct()
            .ToList();
        return new MovedTable(table.Name, columns, principals);
    }
}
