using System.Text.Json.Nodes;
using Marketplace.Api.Errors;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// One problem schema for every error (RFC 9457 plus the API's <c>code</c>, <c>traceId</c> and, on validation problems,
/// <c>errors</c>), and one <c>ProblemCode</c> enum that every operation shares (ADR 31). The framework's
/// <c>HttpValidationProblemDetails</c> is folded into it: some 400s carry field errors and some do not.
/// </summary>
internal sealed class ProblemSchemasDocumentFilter : IDocumentFilter
{
    public const string Problem = "ProblemDetails";
    private const string Validation = "HttpValidationProblemDetails";
    private const string Code = "ProblemCode";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components!.Schemas!;
        schemas[Code] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The stable, machine-readable reason of a problem.",
            Enum = [.. ProblemCodes.All.Select(c => (JsonNode)JsonValue.Create(c))],
        };
        schemas[Problem] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 9457 problem.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A link to the HTTP status's definition." },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong, for a person." },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request path." },
                ["code"] = new OpenApiSchemaReference(Code, document),
                ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it when reporting a problem." },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Validation problems only: messages by camelCase field path (`unitPrice.amount`); the body itself is `\"\"`.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            Required = new SortedSet<string>(["code", "instance", "status", "title", "traceId", "type"], StringComparer.Ordinal),
            AdditionalPropertiesAllowed = false,
            Examples =
            [
                new JsonObject
                {
                ["type"] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
                ["title"] = "Conflict",
                ["status"] = 409,
                ["detail"] = "Only 3 case of 'Butterhead lettuce' are available.",
                ["instance"] = "/api/marketplace/orders",
                ["code"] = "insufficient_stock",
                ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                },
            ],
        };

        if (!schemas.Remove(Validation)) return;
        foreach (var media in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
                     .SelectMany(o => o.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values.AsEnumerable() ?? []).OfType<OpenApiMediaType>())
            if (media.Schema is OpenApiSchemaReference { Reference.Id: Validation }) media.Schema = new OpenApiSchemaReference(Problem, document);
    }
}
