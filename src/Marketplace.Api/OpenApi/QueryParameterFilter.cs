using System.Text.Json.Nodes;
using Marketplace.Application.Listings.SearchListings;
using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// Query parameters bound from a request record keep the wire spelling (<c>q</c>, <c>growingMethod</c>), and
/// the board's coded values are listed so generated clients get enums.
/// </summary>
internal sealed class QueryParameterFilter : IOperationFilter
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Codes = new(StringComparer.Ordinal)
    {
        ["category"] = EnumCode<Category>.All,
        ["growingMethod"] = EnumCode<GrowingMethod>.All,
        ["grade"] = EnumCode<Grade>.All,
        ["sort"] = BoardSorts.Codes,
        ["delivery"] = DeliveryOptionCodes.Codes,
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query || string.IsNullOrEmpty(parameter.Name)) continue;
            parameter.Name = char.ToLowerInvariant(parameter.Name[0]) + parameter.Name[1..];
            if (!Codes.TryGetValue(parameter.Name, out var codes) || parameter.Schema is not OpenApiSchema schema) continue;

            var target = schema.Items as OpenApiSchema ?? schema;
            target.Enum = codes.Select(c => (JsonNode)JsonValue.Create(c)).ToList();
        }
    }
}
