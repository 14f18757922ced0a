using Marketplace.Application.Orders;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// Any operation can meet a database that refuses work (full, starting, unreachable, locked): 503
/// <c>database_unavailable</c> with <c>Retry-After</c> in seconds (<see cref="Errors.ErrorStatuses"/>).
/// </summary>
internal sealed class DatabaseUnavailableResponseFilter : IOperationFilter
{
    private const string Cause = "`database_unavailable`: the database refuses work for now; retry after `Retry-After` seconds";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null) return;
        if (operation.Responses.TryGetValue("503", out var declared))
        {
            // An operation that already answers 503 for its provider (payment_unavailable, search_unavailable) adds this cause.
            if (declared is OpenApiResponse response && response.Description?.Contains("database_unavailable", StringComparison.Ordinal) != true)
            {
                response.Description = $"{response.Description}: a provider could not answer (see `code`), or {Cause}";
                AddRetryAfter(response);
            }
            return;
        }
        var unavailable = new OpenApiResponse
        {
            Description = $"Service Unavailable: {Cause}",
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
            },
        };
        AddRetryAfter(unavailable);
        operation.Responses["503"] = unavailable;
    }

    private static void AddRetryAfter(OpenApiResponse response)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers["Retry-After"] = new OpenApiHeader
        {
            Description = "Seconds to wait before retrying.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
        };
    }
}

/// <summary>Order fields whose meaning the schema alone does not tell.</summary>
internal sealed class OrderNotesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type != typeof(OrderResponse) || schema.Properties?.TryGetValue("flaggedForReview", out var flagged) != true) return;
        if (flagged is OpenApiSchema property)
            property.Description = "True when a refund made at the payment provider (`charge.refunded`) needs a person's look: a partial " +
                "refund of an undelivered order, or a full one of an order already in transit. The order is otherwise unchanged.";
    }
}
