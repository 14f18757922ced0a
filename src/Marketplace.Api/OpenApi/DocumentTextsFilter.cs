using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// The document's contact, licence and tag descriptions, and the development-only sign-in hints. Those hints are added
/// only when the document itself lists <c>/dev/token</c>, so no other environment's document mentions a route it lacks.
/// </summary>
internal sealed class DocumentTextsFilter : IDocumentFilter
{
    public const string DevTokenPath = "/dev/token";

    /// <summary>One line per area, in the marketplace's words; an area not listed here fails the lint (tag-description).</summary>
    private static readonly Dictionary<string, string> Areas = new(StringComparer.Ordinal)
    {
        ["Listings"] = "Growers' produce offers and the produce board buyers search.",
        ["Orders"] = "Buyers order from a grower; growers confirm, ship and refund.",
        ["Cart"] = "One cart with produce from any growers, checked out as one payment and one order per grower.",
        ["Favorites"] = "The growers and listings a buyer keeps coming back to.",
        ["Reviews"] = "Buyers rate delivered orders; growers' ratings come from them.",
        ["Growers"] = "Growers' public profiles, as buyers see them.",
        ["Users"] = "The signed-in user and their grower and buyer profiles.",
        ["Payments"] = "Getting growers paid (payment provider onboarding) and settling buyers' payments.",
        ["Analytics"] = "Sales figures for growers and the marketplace.",
        ["Admin"] = "Operating the marketplace: search index and outgoing events.",
        ["Integrations"] = "Data exchanged with VibeLux core: facilities and harvests.",
        ["Auth"] = "Tokens for the marketplace API in the federated and separate sign-in modes.",
        ["Webhooks"] = "Events the payment provider sends to the marketplace.",
        ["Development"] = "Development-only helpers; absent from every other environment.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Info ??= new OpenApiInfo();
        document.Info.Contact = new OpenApiContact { Name = "VibeLux Marketplace", Email = "marketplace@vibelux.com" };
        document.Info.License = new OpenApiLicense { Name = "Proprietary: for VibeLux and its marketplace partners" };

        var used = (document.Paths ?? []).Values
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Select(name =>
            new OpenApiTag { Name = name, Description = Areas.GetValueOrDefault(name) }));

        if (!(document.Paths ?? []).Keys.Any(path => path.EndsWith(DevTokenPath, StringComparison.Ordinal))) return;
        document.Info.Description += """


            **Trying it (Development).** In Swagger UI press **Sign in as demo grower**, **demo buyer** or **admin**, or call
            `POST /dev/token` with its example body and paste the `accessToken` into **Authorize**. The token is kept across reloads.
            """;
        if (document.Components?.SecuritySchemes is { } schemes && schemes.TryGetValue(OpenApiSetup.BearerScheme, out var scheme)
            && scheme is OpenApiSecurityScheme bearer)
            bearer.Description += " In Development, `POST /dev/token` issues one for any subject and roles.";
    }
}
