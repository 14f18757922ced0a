using System.Linq.Expressions;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>
/// The price facet's bands, in minor units per unit; the last is open-ended. The database facets, the documents sent to
/// an external index and the band names all come from these edges.
/// </summary>
public static class PriceBuckets
{
    private static readonly long[] Edges = [500, 1000, 2500, 5000, 10000];

    /// <summary>The band a price falls in, 0 for the cheapest. Inside a query, <see cref="Inline{T,TKey}"/> turns it into SQL.</summary>
    public static int Index(long price)
    {
        var index = 0;
        while (index < Edges.Length && price >= Edges[index]) index++;
        return index;
    }

    /// <summary>A band's name as the facet and the index spell it: <c>500-1000</c>, <c>10000+</c>.</summary>
    public static string Label(int index) => index < Edges.Length
        ? $"{(index == 0 ? 0 : Edges[index - 1])}-{Edges[index]}"
        : $"{Edges[^1]}+";

    public static string Of(long price) => Label(Index(price));

    /// <summary>Replaces each <see cref="Index"/> call in <paramref name="lambda"/> with the CASE the database evaluates.</summary>
    public static Expression<Func<T, TKey>> Inline<T, TKey>(Expression<Func<T, TKey>> lambda) =>
        (Expression<Func<T, TKey>>)new IndexInliner().Visit(lambda);

    private sealed class IndexInliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(PriceBuckets) || node.Method.Name != nameof(Index)) return base.VisitMethodCall(node);
            var price = Visit(node.Arguments[0]);
            // price < 500 ? 0 : price < 1000 ? 1 : … : 5
            Expression bucket = Expression.Constant(Edges.Length);
            for (var i = Edges.Length - 1; i >= 0; i--)
                bucket = Expression.Condition(Expression.LessThan(price, Expression.Constant(Edges[i])), Expression.Constant(i), bucket);
            return bucket;
        }
    }
}
