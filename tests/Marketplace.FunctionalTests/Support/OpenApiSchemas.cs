using System.Text.Json.Nodes;

namespace Marketplace.FunctionalTests.Support;

/// <summary>
/// Turns OpenAPI 3.0 schema objects into JSON Schema 2020-12, so a standard validator can check bodies:
/// <c>nullable: true</c> becomes a <c>"null"</c> type (or an <c>anyOf</c> with null around a composition), and
/// <c>#/components/schemas/X</c> references point at <c>#/$defs/X</c>.
/// </summary>
internal static class OpenApiSchemas
{
    private static readonly HashSet<string> SchemaMaps = ["properties", "patternProperties", "$defs"];
    private static readonly HashSet<string> SchemaValues = ["items", "additionalProperties", "not", "propertyNames", "contains"];
    private static readonly HashSet<string> SchemaLists = ["allOf", "anyOf", "oneOf", "prefixItems"];

    // OpenAPI-only annotations that are not JSON Schema keywords (or mean something else there).
    private static readonly HashSet<string> Dropped = ["nullable", "example", "discriminator", "xml", "externalDocs", "deprecated"];

    public const string ComponentPrefix = "#/components/schemas/";

    /// <summary>A self-contained JSON Schema for <paramref name="schema"/>, carrying every component as <c>$defs</c>.</summary>
    public static JsonObject Standalone(JsonNode schema, JsonObject components)
    {
        var root = Convert(schema) as JsonObject ?? new JsonObject();
        var defs = new JsonObject();
        foreach (var (name, component) in components) defs[name] = Convert(component!);
        var document = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema", ["$defs"] = defs };
        foreach (var (key, value) in root.ToList())
        {
            root.Remove(key);
            document[key] = value;
        }
        return document;
    }

    public static JsonNode Convert(JsonNode node)
    {
        if (node is not JsonObject schema) return node.DeepClone();

        var result = new JsonObject();
        foreach (var (key, value) in schema)
        {
            if (Dropped.Contains(key) || value is null) continue;
            if (key == "$ref")
                result[key] = value.GetValue<string>().Replace(ComponentPrefix, "#/$defs/", StringComparison.Ordinal);
            else if (SchemaMaps.Contains(key) && value is JsonObject map)
                result[key] = new JsonObject(map.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Convert(p.Value!))));
            else if (SchemaValues.Contains(key) && value is JsonObject)
                result[key] = Convert(value);
            else if (SchemaLists.Contains(key) && value is JsonArray list)
                result[key] = new JsonArray(list.Select(item => (JsonNode?)Convert(item!)).ToArray());
            else
                result[key] = value.DeepClone();
        }

        if (schema["nullable"]?.GetValue<bool>() != true) return result;
        if (result["type"] is JsonValue type)
        {
            result["type"] = new JsonArray(type.GetValue<string>(), "null");
            if (result["enum"] is JsonArray values && values.All(v => v is not null)) values.Add(null);
            return result;
        }
        return new JsonObject { ["anyOf"] = new JsonArray(result, new JsonObject { ["type"] = "null" }) };
    }
}
