using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.OpenApi;

internal static class Documents
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

    /// <summary>The OpenAPI document as the host serves it.</summary>
    public static async Task<JsonNode> ServedAsync(ApiFactory api) =>
        JsonNode.Parse(await api.Client().GetStringAsync(DocumentPath))!;

    /// <summary>
    /// Every operation with a JSON request body, by operation id, with its example: the media type's own, else the
    /// body schema's (following a <c>$ref</c>); null when it has none.
    /// </summary>
    public static Dictionary<string, JsonNode?> RequestExamples(JsonNode document)
    {
        var examples = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (_, item) in document["paths"]!.AsObject())
        foreach (var (_, operation) in item!.AsObject())
        {
            if (operation!["requestBody"]?["content"]?["application/json"] is not { } media) continue;
            var schema = media["schema"];
            if (schema?["$ref"] is { } reference)
                schema = document["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]];
            examples[operation["operationId"]!.GetValue<string>()] = media["example"] ?? schema?["example"] ?? schema?["examples"]?[0];
        }
        return examples;
    }
}
