using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Marketplace.Application.Common.Paging;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// A sort as data: its columns in order, each with its direction and how the cursor carries its value, the id last as
/// the tie-break. One keyset fetch serves every sort: order by the columns and continue strictly after the cursor's
/// values (docs/decisions/0004, 0047). <typeparamref name="TRow"/> is what the query orders, <typeparamref name="TResult"/>
/// what comes back and writes the next cursor.
/// </summary>
internal sealed class KeysetSort<TRow, TResult>(string code)
{
    private readonly List<Column> columns = [];

    /// <summary>The sort's name, which its cursors carry so that a cursor of another sort is refused.</summary>
    public string Code { get; } = code;

    public KeysetSort<TRow, TResult> By<TKey>(Expression<Func<TRow, TKey>> key, bool descending, Func<Cursor, TKey> read,
        Func<Cursor, TResult, Cursor> write)
    {
        columns.Add(new Column<TKey>(key, descending, read, write));
        return this;
    }

    /// <summary>The rows after <paramref name="after"/> in this order, at most <paramref name="take"/>.</summary>
    public IQueryable<TRow> Page(IQueryable<TRow> rows, Cursor? after, int take)
    {
        if (after is not null) rows = rows.Where(After(after));
        for (var i = 0; i < columns.Count; i++) rows = columns[i].Order(rows, first: i == 0);
        return rows.Take(take);
    }

    /// <summary>The cursor that continues after <paramref name="last"/>.</summary>
    public Cursor CursorAfter(TResult last) => columns.Aggregate(new Cursor(Code, null, Guid.Empty), (cursor, column) => column.Write(cursor, last));

    /// <summary><c>c1 ≻ v1 OR (c1 = v1 AND (c2 ≻ v2 OR (c2 = v2 AND … id ≻ vid)))</c>, ≻ being the column's direction.</summary>
    private Expression<Func<TRow, bool>> After(Cursor cursor)
    {
        var row = Expression.Parameter(typeof(TRow), "r");
        Expression? condition = null;
        for (var i = columns.Count - 1; i >= 0; i--)
        {
            var (beyond, equal) = columns[i].Compare(row, cursor);
            condition = condition is null ? beyond : Expression.OrElse(beyond, Expression.AndAlso(equal, condition));
        }
        return Expression.Lambda<Func<TRow, bool>>(condition!, row);
    }

    private abstract class Column
    {
        public abstract IQueryable<TRow> Order(IQueryable<TRow> rows, bool first);
        public abstract (Expression Beyond, Expression Equal) Compare(ParameterExpression row, Cursor cursor);
        public abstract Cursor Write(Cursor cursor, TResult last);
    }

    private sealed class Column<TKey>(Expression<Func<TRow, TKey>> key, bool descending, Func<Cursor, TKey> read,
        Func<Cursor, TResult, Cursor> write) : Column
    {
        public override IQueryable<TRow> Order(IQueryable<TRow> rows, bool first) => (first, descending) switch
        {
            (true, false) => rows.OrderBy(key),
            (true, true) => rows.OrderByDescending(key),
            (false, false) => ((IOrderedQueryable<TRow>)rows).ThenBy(key),
            (false, true) => ((IOrderedQueryable<TRow>)rows).ThenByDescending(key),
        };

        public override (Expression Beyond, Expression Equal) Compare(ParameterExpression row, Cursor cursor)
        {
            var column = new Rebind(key.Parameters[0], row).Visit(key.Body);
            // Read through a box, as a closure would be, so the database gets a parameter and keeps one plan per sort.
            var value = Expression.Field(Expression.Constant(new StrongBox<TKey>(read(cursor))), nameof(StrongBox<TKey>.Value));
            if (typeof(TKey) == typeof(Guid))
            {
                // Guids have no < in C#; CompareTo is what EF translates to the column comparison.
                var compared = Expression.Call(column, typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, value);
                var zero = Expression.Constant(0);
                return (descending ? Expression.LessThan(compared, zero) : Expression.GreaterThan(compared, zero), Expression.Equal(column, value));
            }
            return (descending ? Expression.LessThan(column, value) : Expression.GreaterThan(column, value), Expression.Equal(column, value));
        }

        public override Cursor Write(Cursor cursor, TResult last) => write(cursor, last);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
