using System.Text.Json.Nodes;
using Marketplace.Api.Configuration;
using Marketplace.Application.Listings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>Operations that need a token say so; anonymous ones that also accept a token list both options.</summary>
internal sealed class SecurityOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var authorized = metadata.OfType<IAuthorizeData>().Any();
        if (!anonymous && !authorized) return;

        operation.Security ??= [];
        if (anonymous) operation.Security.Add(new OpenApiSecurityRequirement());
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(OpenApiSetup.BearerScheme, context.Document)] = [],
        });
    }
}

/// <summary>Routes are mapped under the base path; the document lists them relative to a server that carries it.</summary>
internal sealed class ServersDocumentFilter(IOptions<FeatureOptions> features) : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var basePath = features.Value.BasePath;
        var host = string.IsNullOrWhiteSpace(features.Value.CustomDomain) ? "" : $"https://{features.Value.CustomDomain.TrimEnd('/')}";
        document.Servers =
        [
            new OpenApiServer
            {
                Url = host + (basePath.Length == 0 && host.Length == 0 ? "/" : basePath),
                Description = host.Length > 0
                    ? "The marketplace's public address (Marketplace:Features:CustomDomain)."
                    : "Relative to the host that serves this document; a deployment with Marketplace:Features:CustomDomain lists its absolute URL here.",
            },
        ];
        if (basePath.Length == 0) return;

        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
            paths.Add(path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : path, item);
        document.Paths = paths;
    }
}

/// <summary>
/// Example bodies for Swagger UI's "Try it out". The listing has no <c>availableUntil</c>: a fixed end date would
/// expire and leave the listing unorderable (the other examples are in <see cref="RequestExamplesFilter"/>).
/// </summary>
internal sealed class ExamplesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete) return;
        if (context.Type == typeof(CreateListingBody)) concrete.Examples = [ListingExample()];
        if (context.Type == typeof(UpdateListingBody))
        {
            var example = ListingExample();
            example.Remove("quantityAvailable");
            concrete.Examples = [example];
            // UnknownFields only collects what a client sent by mistake, so the validator can name it; none is allowed.
            // Not on a body's allOf wrapper: there it would refuse every property, the wrapper having none of its own.
            if (concrete.AllOf is not { Count: > 0 })
            {
                concrete.AdditionalPropertiesAllowed = false;
                concrete.AdditionalProperties = null;
            }
        }
    }

    public static JsonObject ListingExample() => new()
    {
        ["title"] = "Butterhead lettuce",
        ["category"] = "leafy-greens",
        ["productType"] = "lettuce",
        ["variety"] = "Butterhead",
        ["description"] = "Living butterhead with roots attached, 24 heads per case.",
        ["growingMethod"] = "hydroponic",
        ["certifications"] = new JsonArray("usda-organic"),
        ["grade"] = "a",
        ["unit"] = "case",
        ["unitPrice"] = new JsonObject { ["amount"] = 2450, ["currency"] = "USD" },
        ["bulkDiscounts"] = new JsonArray(new JsonObject { ["minQuantity"] = 10, ["percentOff"] = 5 }),
        ["quantityAvailable"] = 120,
        ["minimumOrderQuantity"] = 2,
        ["lowStockThreshold"] = 10,
        ["harvestDate"] = "2026-11-20",
        ["availableFrom"] = "2026-11-21",
        ["shelfLifeDays"] = 14,
        ["delivery"] = new JsonObject
        {
            ["pickup"] = true, ["delivery"] = true, ["radiusMiles"] = 50,
            ["fee"] = new JsonObject { ["amount"] = 1500, ["currency"] = "USD" },
        },
        ["location"] = new JsonObject
        {
            ["city"] = "Salinas", ["state"] = "CA", ["postalCode"] = "93901", ["latitude"] = 36.67, ["longitude"] = -121.65,
        },
        ["coldChainRequired"] = true,
        ["sustainability"] = new JsonObject
        {
            ["renewableEnergy"] = true, ["pesticideFree"] = true, ["waterUsageGalPerUnit"] = 1.2, ["carbonKgPerUnit"] = 0.4,
        },
    };
}

/// <summary>Every operation with a JSON body can answer 415 (<see cref="Errors.JsonCharsetMiddleware"/>), so each declares it.</summary>
internal sealed class JsonBodyMediaTypeFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content?.ContainsKey("application/json") != true || operation.Responses is null) return;
        if (operation.Responses.ContainsKey("415")) return;
        operation.Responses["415"] = new OpenApiResponse
        {
            Description = "Unsupported Media Type",
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
            },
        };
    }
}
