using Marketplace.Application.Integrations;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// The two webhooks read their raw body to check its signature, so nothing binds it and the framework cannot see it:
/// their body and signature header are declared here, so that a client (VibeLux core, a test, a proxy) can send them.
/// </summary>
internal sealed class WebhookOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        switch (operation.OperationId)
        {
            case "ReceiveVibeLuxEvent":
                Signed(operation, "X-VibeLux-Signature", "`t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\">` with `Marketplace:Integration:WebhookSecret`.");
                operation.RequestBody = Json(VibeLuxEnvelope(context), "A VibeLux core event.");
                StatusesOperationFilter.Declare(operation, context, 415, "Unsupported Media Type");
                break;
            case "ReceiveStripeWebhook":
                Signed(operation, "Stripe-Signature", "Stripe's signature of the raw body (`t=…,v1=…`).");
                operation.RequestBody = Json(StripeEvent(), "A Stripe event.");
                StatusesOperationFilter.Declare(operation, context, 415, "Unsupported Media Type");
                break;
        }
    }

    private static void Signed(OpenApiOperation operation, string header, string description)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = header, In = ParameterLocation.Header, Required = true, Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static OpenApiRequestBody Json(IOpenApiSchema schema, string description) => new()
    {
        Required = true,
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = schema } },
    };

    /// <summary><c>{ id, type, occurredAt, data }</c>, <c>data</c> typed by <c>type</c>: the two events the marketplace acts on, or anything else (ignored).</summary>
    private static OpenApiSchema VibeLuxEnvelope(OperationFilterContext context) => new()
    {
        Type = JsonSchemaType.Object,
        Required = new SortedSet<string>(["data", "id", "occurredAt", "type"], StringComparer.Ordinal),
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The event id; each is applied once." },
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "`facility.updated`, `harvest.completed`; other types are acknowledged and ignored." },
            ["occurredAt"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "When it happened at VibeLux (UTC)." },
            ["data"] = new OpenApiSchema
            {
                Description = "A `FacilityPayload` for `facility.updated`, a `HarvestPayload` for `harvest.completed`.",
                AnyOf =
                [
                    context.SchemaGenerator.GenerateSchema(typeof(FacilityPayload), context.SchemaRepository),
                    context.SchemaGenerator.GenerateSchema(typeof(HarvestPayload), context.SchemaRepository),
                    new OpenApiSchema { Type = JsonSchemaType.Object },
                ],
            },
        },
    };

    private static OpenApiSchema StripeEvent() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "A Stripe event object (https://docs.stripe.com/api/events/object).",
        Required = new SortedSet<string>(["data", "id", "type"], StringComparer.Ordinal),
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["id"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["livemode"] = new OpenApiSchema { Type = JsonSchemaType.Boolean },
            ["data"] = new OpenApiSchema { Type = JsonSchemaType.Object },
        },
    };
}
