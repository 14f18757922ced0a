using System.Text.Json.Nodes;
using Marketplace.Api.Idempotency;
using Marketplace.Application.Listings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// The headers of each operation, both ways: <c>Idempotency-Key</c> where it is honoured (and the
/// <c>Idempotent-Replayed</c> of a replay), <c>ETag</c> wherever a listing is returned, <c>Location</c> on every 201,
/// <c>WWW-Authenticate</c> on a bearer 401 and <c>Retry-After</c> on a rate-limited 429.
/// </summary>
internal sealed class HeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null) return;
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var idempotent = SentRequests.IsIdempotent(context.ApiDescription);
        if (idempotent)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyHeaders.Key,
                In = ParameterLocation.Header,
                Description = "Makes retries safe for 24 hours: the same key and body replay the first answer; another body is 422.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 255 },
            });
        }

        foreach (var (status, response) in operation.Responses.Select(r => (r.Key, r.Value)).ToList())
        {
            if (response is not OpenApiResponse concrete) continue;
            var success = status.StartsWith('2');
            if (success && context.ApiDescription.SupportedResponseTypes.Any(t => t.StatusCode.ToString() == status && t.Type == typeof(ListingResponse)))
                Add(concrete, "ETag", true, "The listing's version; send it back as `If-Match`.", Text());
            if (status == "201") Add(concrete, "Location", true, "Where the created resource lives.", Text());
            if (idempotent && !status.StartsWith('5'))
                Add(concrete, IdempotencyHeaders.Replayed, false, "`true` when this is the stored answer to an earlier request with the same key.",
                    new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("true")] });
            if (status == "401" && metadata.OfType<IAuthorizeData>().Any())
                Add(concrete, "WWW-Authenticate", true, "The scheme to authenticate with.", new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^Bearer" });
            if (status == "429" && metadata.OfType<EnableRateLimitingAttribute>().Any())
                Add(concrete, "Retry-After", true, "Seconds to wait before trying again.", new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" });
        }
    }

    private static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };

    private static void Add(OpenApiResponse response, string name, bool required, string description, OpenApiSchema schema)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Required = required, Description = description, Schema = schema };
    }
}
