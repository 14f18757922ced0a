using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// Descriptions of operations, parameters and schema properties come from the XML docs of the projects that
/// hold the request and response records (Domain value objects, Application contracts, Api bodies).
/// </summary>
internal static class XmlCommentsSetup
{
    private static readonly string[] Assemblies = ["Marketplace.Domain", "Marketplace.Application", "Marketplace.Api"];

    public static void IncludeMarketplaceXmlComments(this SwaggerGenOptions options)
    {
        foreach (var assembly in Assemblies)
        {
            var file = Path.Combine(AppContext.BaseDirectory, assembly + ".xml");
            // A missing file is a build fault, not something to skip: the document would silently lose its descriptions.
            if (!File.Exists(file)) throw new FileNotFoundException($"XML documentation {file} is missing; the project must set GenerateDocumentationFile.", file);
            options.IncludeXmlComments(file);
        }
    }
}
