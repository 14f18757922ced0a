using GraphQL.Resolvers;
using GraphQL.Types;

namespace Marketplace.Api.GraphQL;

/// <summary>One edge of a page: the item, and the cursor that continues after it where the slice has one.</summary>
internal sealed record Edge(object Node, string? Cursor);

/// <summary>A page as a connection: <c>edges { node cursor }</c>, <c>pageInfo { endCursor hasNextPage }</c>.</summary>
internal sealed record Connection(IReadOnlyList<Edge> Edges, string? EndCursor, object? Facets = null)
{
    /// <summary>
    /// The slices page by keyset and hand back one cursor per page (REST's <c>nextCursor</c>): it is the last edge's
    /// cursor and <c>endCursor</c>, and the other edges carry none.
    /// </summary>
    public static Connection Of<T>(IReadOnlyList<T> items, string? nextCursor, object? facets = null) where T : notnull =>
        new([.. items.Select((item, i) => new Edge(item, i == items.Count - 1 ? nextCursor : null))], nextCursor, facets);
}

/// <summary>The connection types of one item type (<c>BoardConnection</c>/<c>BoardEdge</c>, <c>OrderConnection</c>/<c>OrderEdge</c>).</summary>
internal sealed class ConnectionTypes(ResponseTypes types)
{
    private ObjectGraphType? _pageInfo;

    public ObjectGraphType Create(string name, IGraphType node, IGraphType? facets = null)
    {
        var edge = new ObjectGraphType { Name = name + "Edge" };
        edge.AddField(Field("node", new NonNullGraphType(node), c => ((Edge)c.Source!).Node));
        edge.AddField(Field("cursor", types.OutputOf(typeof(string)), c => ((Edge)c.Source!).Cursor,
            "Pass it as `after` to continue after this item; only the last edge of a page carries one."));

        var connection = new ObjectGraphType { Name = name + "Connection" };
        connection.AddField(Field("edges", new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))), c => ((Connection)c.Source!).Edges));
        connection.AddField(Field("pageInfo", new NonNullGraphType(PageInfo()), c => (Connection)c.Source!));
        if (facets is not null)
            connection.AddField(Field("facets", facets, c => ((Connection)c.Source!).Facets,
                "Counts over all matching listings (all pages); computed only when selected."));
        return connection;
    }

    private ObjectGraphType PageInfo()
    {
        if (_pageInfo is not null) return _pageInfo;
        var info = new ObjectGraphType { Name = "PageInfo" };
        info.AddField(Field("endCursor", types.OutputOf(typeof(string)), c => ((Connection)c.Source!).EndCursor,
            "The same cursor as REST's `nextCursor`: pass it as `after` for the next page; null on the last page."));
        info.AddField(Field("hasNextPage", new NonNullGraphType(types.OutputOf(typeof(bool))), c => ((Connection)c.Source!).EndCursor is not null));
        return _pageInfo = info;
    }

    private static FieldType Field(string name, IGraphType type, Func<global::GraphQL.IResolveFieldContext, object?> resolve, string? description = null) =>
        new() { Name = name, ResolvedType = type, Resolver = new FuncFieldResolver<object?>(resolve), Description = description };
}
