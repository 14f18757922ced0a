using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// The problem schemas come from ASP.NET Core's own types, whose XML docs are not shipped with the app, so their RFC 9457
/// members are described here. It runs after the schemas are built and only fills descriptions that are missing.
/// </summary>
internal sealed class ProblemDescriptionsFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> Members = new(StringComparer.Ordinal)
    {
        ["type"] = "A link to the documentation of this kind of problem.",
        ["title"] = "A short, human-readable summary of the problem.",
        ["status"] = "The HTTP status code of the answer.",
        ["detail"] = "What went wrong with this request, for a person to read.",
        ["instance"] = "The path of the request that failed.",
        ["code"] = "A stable, machine-readable code for the problem, e.g. `insufficient_stock`.",
        ["traceId"] = "The request's trace id: quote it when asking for support.",
        ["errors"] = "Validation messages keyed by the camelCase path of the field, e.g. `unitPrice.amount`.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var (name, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (!name.Contains("ProblemDetails", StringComparison.Ordinal) || schema is not OpenApiSchema problem) continue;
            if (string.IsNullOrWhiteSpace(problem.Description))
                problem.Description = "An RFC 9457 problem: why the request was refused, with a stable `code` and the `traceId`.";
            foreach (var (member, property) in problem.Properties ?? new Dictionary<string, IOpenApiSchema>())
                if (property is OpenApiSchema concrete && string.IsNullOrWhiteSpace(concrete.Description) && Members.TryGetValue(member, out var text))
                    concrete.Description = text;
        }
    }
}
