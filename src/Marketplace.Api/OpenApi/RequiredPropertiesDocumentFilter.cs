using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// Marks what is always there. A type the API sends is serialized with every property (null included), so all of them
/// are required, apart from the ones written only when set. A type only ever received requires what its validator
/// insists on (<see cref="ValidatorProbe"/>), and those fields are not nullable: a null there is refused.
/// </summary>
internal sealed class RequiredPropertiesDocumentFilter(IServiceProvider services) : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var bodies = context.ApiDescriptions.SelectMany(d => d.ParameterDescriptions)
            .Where(p => p.Source == BindingSource.Body && p.Type is not null).Select(p => p.Type).Distinct().ToList();
        var sent = TypeGraph.Reachable(context.ApiDescriptions.SelectMany(d => d.SupportedResponseTypes).Select(r => r.Type).OfType<Type>());

        using var scope = services.CreateScope();
        var probe = new ValidatorProbe(scope.ServiceProvider);
        var received = new Dictionary<Type, HashSet<string>>();
        foreach (var body in bodies)
            foreach (var (type, required) in probe.RequiredOf(body))
                if (received.TryGetValue(type, out var earlier)) earlier.IntersectWith(required);
                else received[type] = required;

        foreach (var type in sent.Union(received.Keys))
        {
            if (Schema(document, context, type) is not { Properties: { Count: > 0 } properties } schema) continue;
            if (sent.Contains(type))
            {
                schema.Required = new SortedSet<string>(AlwaysSent(type).Where(properties.ContainsKey), StringComparer.Ordinal);
                continue;
            }
            schema.Required = new SortedSet<string>(received[type].Where(properties.ContainsKey), StringComparer.Ordinal);
            foreach (var name in schema.Required)
                if (properties[name] is OpenApiSchema property && property.Type is { } kind && kind.HasFlag(JsonSchemaType.Null))
                    property.Type = kind & ~JsonSchemaType.Null;
        }
    }

    private static OpenApiSchema? Schema(OpenApiDocument document, DocumentFilterContext context, Type type) =>
        context.SchemaRepository.TryLookupByType(type, out var reference) && reference.Reference.Id is { } id
        && document.Components?.Schemas?.TryGetValue(id, out var schema) == true
            ? schema as OpenApiSchema
            : null;

    /// <summary>Properties System.Text.Json always writes: not ignored, not written only when set, not overflow.</summary>
    private static IEnumerable<string> AlwaysSent(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is null)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: not JsonIgnoreCondition.Never })
            .Select(p => ValidatorProbe.WireName(p.Name));
}

/// <summary>The object types a set of types reaches through their properties, collections and dictionaries.</summary>
internal static class TypeGraph
{
    public static HashSet<Type> Reachable(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(string) || type.IsPrimitive || !seen.Add(type)) continue;
            if (type.IsGenericType) foreach (var argument in type.GetGenericArguments()) pending.Push(argument);
            if (type.IsArray) pending.Push(type.GetElementType()!);
            if (type.Namespace?.StartsWith("Marketplace", StringComparison.Ordinal) != true) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) pending.Push(property.PropertyType);
        }
        return seen;
    }
}
