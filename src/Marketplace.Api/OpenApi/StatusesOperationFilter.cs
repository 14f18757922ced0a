using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// The statuses that come from the pipeline rather than from the handler, declared on each operation they can reach:
/// 401 wherever a token is required, 404 wherever a path parameter can miss its route, 429 wherever a rate limit applies,
/// 500 everywhere, and the 400, 409 and 422 of an <c>[Idempotent]</c> request's key.
/// </summary>
internal sealed class StatusesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null) return;
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any()) Declare(operation, context, 401, "Unauthorized");
        // A path parameter that does not fit its route constraint (an id that is not a GUID) matches no route: 404.
        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path))
            Declare(operation, context, 404, "Not Found");
        if (metadata.OfType<EnableRateLimitingAttribute>().Any()) Declare(operation, context, 429, "Too Many Requests");
        // Never caused by the request: a failure of the server or its database, answered as an internal_error problem.
        Declare(operation, context, 500, "Internal Server Error");
        if (SentRequests.IsIdempotent(context.ApiDescription))
        {
            Declare(operation, context, 400, "Bad Request");
            Declare(operation, context, 409, "Conflict");
            Declare(operation, context, 422, "Unprocessable Content");
        }
    }

    public static void Declare(OpenApiOperation operation, OperationFilterContext context, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key)) return;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchemaReference(ProblemSchemasDocumentFilter.Problem, context.Document),
                },
            },
        };
    }
}
