using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.OpenApi;

/// <summary>
/// Every operation, parameter and schema property of the served document says what it means to a grower, buyer or
/// partner. Descriptions come from the XML docs of the request and response records and of the endpoint handlers.
/// </summary>
public sealed class OpenApiDescriptionTests
{
    [Fact]
    public async Task Document_DescribesEveryOperationParameterAndProperty()
    {
        await using var api = new SqliteApiFactory();
        AssertDescribed(await Documents.ServedAsync(api));
    }

    [Fact]
    public async Task DevelopmentDocument_DescribesEveryOperationParameterAndProperty()
    {
        await using var api = new DevelopmentSqliteApiFactory();
        AssertDescribed(await Documents.ServedAsync(api));
    }

    private static void AssertDescribed(JsonNode document)
    {
        var missing = new List<string>();
        var schemas = document["components"]!["schemas"]!.AsObject();
        int operations = 0, parameters = 0, properties = 0;

        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            operations++;
            var name = $"{method.ToUpperInvariant()} {path} ({operation!["operationId"]})";
            if (Blank(operation["summary"])) missing.Add($"{name}: summary");
            if (Blank(operation["description"])) missing.Add($"{name}: description");
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            {
                parameters++;
                if (Blank(parameter!["description"])) missing.Add($"{name}: parameter '{parameter["name"]}'");
            }
        }

        foreach (var (schemaName, schema) in schemas)
        foreach (var (propertyName, property) in Properties(schema!))
        {
            properties++;
            if (!Described(property, schemas)) missing.Add($"schema {schemaName}: property '{propertyName}'");
        }

        Assert.True(operations >= 30, $"only {operations} operations were checked");
        Assert.True(parameters >= 30, $"only {parameters} parameters were checked");
        Assert.True(properties >= 200, $"only {properties} schema properties were checked");
        Assert.True(missing.Count == 0, $"{missing.Count} without a description:\n" + string.Join("\n", missing));
    }

    /// <summary>Properties of the schema and of the schemas it extends inline (<c>allOf</c>).</summary>
    private static IEnumerable<(string Name, JsonNode? Property)> Properties(JsonNode schema)
    {
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
            yield return (name, property);
        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        foreach (var property in Properties(part!))
            yield return property;
    }

    /// <summary>
    /// A property is described by its own <c>description</c>. OpenAPI 3.0 ignores anything beside a <c>$ref</c>, so a
    /// property that is only a reference (or a one-reference <c>allOf</c>) is described by the schema it points to.
    /// </summary>
    private static bool Described(JsonNode? property, JsonObject schemas)
    {
        if (property is null) return false;
        if (!Blank(property["description"])) return true;
        var reference = property["$ref"] ?? property["allOf"]?[0]?["$ref"];
        if (reference is null) return false;
        var target = schemas[reference.GetValue<string>().Split('/')[^1]];
        return target is not null && !Blank(target["description"]);
    }

    private static bool Blank(JsonNode? node) => string.IsNullOrWhiteSpace(node?.GetValue<string>());
}
