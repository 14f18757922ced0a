using GraphQL.Validation;
using GraphQLParser.AST;

namespace Marketplace.Api.GraphQL;

/// <summary>
/// <c>GET /graphql</c> runs queries only: a GET must change nothing (a link, a prefetch or a cache may send it), so a
/// mutation over GET is refused before anything runs, and the endpoint answers 405.
/// </summary>
internal sealed class QueriesOnlyRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLOperationDefinition> Visitor = new((operation, context) =>
    {
        if (operation == context.Operation && operation.Operation != OperationType.Query)
            context.ReportError(new NotAQueryError(context.Document.Source, operation));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}

/// <summary>A mutation sent with GET.</summary>
internal sealed class NotAQueryError(GraphQLParser.ROM source, ASTNode node)
    : ValidationError(source, "5.1", "Only queries can be sent with GET; send mutations with POST.", node);
