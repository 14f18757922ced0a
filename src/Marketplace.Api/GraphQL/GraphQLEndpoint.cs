using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Marketplace.Api.GraphQL;

/// <summary>
/// <c>POST /graphql</c> (and <c>GET</c> for queries) under the base path: reads the request, hands it to
/// <see cref="IDocumentExecuter"/> with the limits, and writes the result with the System.Text.Json serializer.
/// Authentication is the host's (the same bearer tokens and modes); each field's access is its request's declaration.
/// </summary>
internal static class GraphQLEndpoint
{
    public const int MaxDepth = 10;
    public const int MaxComplexity = 25_000;

    public static IServiceCollection AddMarketplaceGraphQL(this IServiceCollection services) => services
        .AddSingleton<MarketplaceSchema>()
        .AddSingleton<IDocumentExecuter, DocumentExecuter>()
        .AddSingleton(new GraphQLSerializer(new GraphQLErrors()));

    /// <summary>
    /// The depth limit, and a complexity limit that counts a list field as many times its page size: a board page of
    /// 100 listings with every field and its grower (about 15,000) is inside it; many such pages in one document are not.
    /// </summary>
    private static readonly IValidationRule[] Rules =
    [
        .. DocumentValidator.CoreRules,
        new ComplexityValidationRule(new ComplexityOptions { MaxDepth = MaxDepth, MaxComplexity = MaxComplexity }),
    ];

    public static void MapGraphQL(this RouteGroupBuilder api)
    {
        api.MapPost("/graphql", async (HttpContext http, GraphQLSerializer serializer, CancellationToken ct) =>
            {
                GraphQLRequest? request;
                try
                {
                    request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, ct);
                }
                catch (JsonException)
                {
                    request = null;
                }
                await ExecuteAsync(http, serializer, request, queriesOnly: false, ct);
            })
            .AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();

        api.MapGet("/graphql", async (HttpContext http, GraphQLSerializer serializer, CancellationToken ct) =>
            {
                var query = http.Request.Query;
                GraphQLRequest? request;
                try
                {
                    request = new GraphQLRequest
                    {
                        Query = query["query"].ToString(),
                        OperationName = query["operationName"] is { Count: > 0 } name ? name.ToString() : null,
                        Variables = query["variables"] is { Count: > 0 } variables ? serializer.Deserialize<Inputs>(variables.ToString()) : null,
                    };
                }
                catch (JsonException)
                {
                    request = null;
                }
                await ExecuteAsync(http, serializer, request, queriesOnly: true, ct);
            })
            .AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task ExecuteAsync(HttpContext http, GraphQLSerializer serializer, GraphQLRequest? request, bool queriesOnly, CancellationToken ct)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "Send a JSON body with a `query` (and optional `variables`, `operationName`).");
            return;
        }
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter>();
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = http.RequestServices.GetRequiredService<MarketplaceSchema>();
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.RequestServices = http.RequestServices;
            options.User = http.User;
            options.UserContext = new GraphQLRequestContext();
            options.CancellationToken = ct;
            options.ValidationRules = Rules;
            options.UnhandledExceptionDelegate = context => LogIfUnexpected(http, context.OriginalException);
            if (queriesOnly) options.ValidationRules = [.. Rules, new QueriesOnlyRule()];
        });
        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK
            : result.Errors?.OfType<NotAQueryError>().Any() == true ? StatusCodes.Status405MethodNotAllowed
            : StatusCodes.Status400BadRequest;
        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, ct);
    }

    private static Task LogIfUnexpected(HttpContext http, Exception exception)
    {
        var problem = Errors.ProblemMapping.For(exception);
        if (problem.Status >= 500)
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint))
                .LogError(exception, "GraphQL field failed with {Code}", problem.Code);
        return Task.CompletedTask;
    }

    private static async Task WriteErrorAsync(HttpContext http, GraphQLSerializer serializer, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message)] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
