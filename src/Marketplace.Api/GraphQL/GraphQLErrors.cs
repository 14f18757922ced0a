using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Errors.Custom;
using Marketplace.Api.Errors;

namespace Marketplace.Api.GraphQL;

/// <summary>
/// Writes every GraphQL error with <c>extensions.code</c> and <c>extensions.status</c>. An error a slice raised is read
/// by <see cref="ProblemMapping"/>, the REST problem's own mapping (and so the one <see cref="ErrorStatuses"/> table):
/// same code, same status, same detail, and for validation the same <c>errors</c> by field path. Errors of the
/// document itself (syntax, unknown fields, wrong argument types, the depth and complexity limits) are bad input: 400.
/// </summary>
internal sealed class GraphQLErrors : ErrorInfoProvider
{
    public const string InvalidQuery = "invalid_query";
    public const string QueryTooComplex = "query_too_complex";

    public override ErrorInfo GetInfo(ExecutionError error)
    {
        if (error is UnhandledError { InnerException: { } cause })
        {
            var problem = ProblemMapping.For(cause);
            var extensions = new Dictionary<string, object?> { ["code"] = problem.Code, ["status"] = problem.Status };
            if (problem.Errors is { } fields) extensions["errors"] = fields;
            return new ErrorInfo { Message = problem.Detail, Extensions = extensions };
        }
        return new ErrorInfo
        {
            Message = error.Message,
            Extensions = new Dictionary<string, object?>
            {
                ["code"] = error is ComplexityError ? QueryTooComplex : error is NotAQueryError ? "method_not_allowed" : InvalidQuery,
                ["status"] = error is NotAQueryError ? StatusCodes.Status405MethodNotAllowed : StatusCodes.Status400BadRequest,
            },
        };
    }
}
