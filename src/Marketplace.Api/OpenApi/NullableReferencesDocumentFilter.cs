using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// "This object or null" in OpenAPI 3.0 terms that every reader agrees on (ADR 30). The generated form, <c>nullable</c>
/// beside an <c>allOf</c> reference without a <c>type</c>, is refused by both linters; with a <c>type</c> added, a strict
/// validator (Prism) reads it as "never null", because the reference itself does not allow null; and an <c>anyOf</c>
/// makes NSwag invent a class per property. So the property is <c>oneOf: [the reference, the null value]</c>, the
/// second a <c>nullable</c> object whose only value is <c>null</c>: exactly one branch takes any answer, and
/// openapi-typescript and NSwag both read it as <c>X | null</c>.
/// </summary>
internal sealed class NullableReferencesDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var schema in document.Components?.Schemas?.Values ?? []) Visit(schema);
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var parameter in operation.Parameters ?? []) Visit(parameter.Schema);
            foreach (var media in operation.RequestBody?.Content?.Values ?? []) Visit(media.Schema);
            foreach (var media in (operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values ?? [])) Visit(media.Schema);
        }
    }

    private static void Visit(IOpenApiSchema? node)
    {
        if (node is not OpenApiSchema schema) return;
        if (schema.Type == JsonSchemaType.Null && schema.AllOf is [OpenApiSchemaReference reference])
        {
            schema.Type = null;
            schema.AllOf = null;
            schema.OneOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Object | JsonSchemaType.Null, Enum = [null!] }];
        }
        foreach (var property in schema.Properties?.Values ?? []) Visit(property);
        Visit(schema.Items);
        Visit(schema.AdditionalProperties);
        foreach (var part in (schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? [])) Visit(part);
    }
}
