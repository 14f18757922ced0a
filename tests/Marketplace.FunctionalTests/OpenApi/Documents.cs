using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.OpenApi;

internal static class Documents
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

    /// <summary>The OpenAPI document as the host serves it.</summary>
    public static async Task<JsonNode> ServedAsync(ApiFactory api) =>
        JsonNode.Parse(await api.Client().GetStringAsync(DocumentPath))!;
}
