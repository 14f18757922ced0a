using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Marketplace.Api.GraphQL;

/// <summary>
/// The GraphQL types of the slices' own request and response records, read from the records themselves so that a
/// field cannot drift from its REST twin: a property becomes a camelCase field of the same value; a Domain enum the
/// <see cref="CodeGraphType"/> of its REST codes; a string-keyed count map a list of <c>{ key count }</c>. Output fields
/// are non-null where the record's property is; input fields are all optional, because the request's validator, not
/// GraphQL, reports what is missing (with the same field path as REST). One instance per schema.
/// </summary>
internal sealed class ResponseTypes
{
    private readonly Dictionary<Type, IGraphType> _outputs = [];
    private readonly Dictionary<Type, IGraphType> _inputs = [];
    private readonly Dictionary<Type, IGraphType> _codes = [];
    private readonly Dictionary<Type, IGraphType> _scalars = [];
    private readonly NullabilityInfoContext _nullability = new();
    private readonly XmlDocs _docs = new();
    private readonly ObjectGraphType _keyCount = KeyCountType();

    /// <summary>Extra fields an output type gets beyond its record's properties (e.g. a listing's grower).</summary>
    public Dictionary<Type, Action<ObjectGraphType>> Extensions { get; } = [];

    /// <summary>The non-null output type of <typeparamref name="T"/>.</summary>
    public IGraphType Output<T>() => new NonNullGraphType(OutputOf(typeof(T)));

    public IGraphType OutputOf(Type type) => Map(type, input: false);

    /// <summary>The input type of a request record, named <c>{name}Input</c>.</summary>
    public IGraphType InputOf(Type type) => Map(type, input: true);

    /// <summary>An input type named <paramref name="name"/> of some of a request record's properties.</summary>
    public IGraphType InputOf(Type type, string name, params string[] without)
    {
        var graph = new InputObjectGraphType { Name = name };
        foreach (var property in Properties(type).Where(p => !without.Contains(p.Name)))
            graph.AddField(new FieldType { Name = CamelCase(property.Name), Description = _docs.Of(property), ResolvedType = Map(property.PropertyType, input: true) });
        return graph;
    }

    private IGraphType Map(Type type, bool input)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalar(type) is { } scalar) return _scalars.TryGetValue(type, out var known) ? known : _scalars[type] = scalar;
        if (type.IsEnum) return Code(type);
        if (!input && CountMap(type)) return new ListGraphType(new NonNullGraphType(_keyCount));
        if (type != typeof(string) && ElementOf(type) is { } element)
            return new ListGraphType(input ? Map(element, input) : new NonNullGraphType(Map(element, input)));
        return input ? InputObject(type) : Object(type);
    }

    private static IGraphType? Scalar(Type type) =>
        type == typeof(string) ? new StringGraphType()
        : type == typeof(Guid) ? new IdGraphType()
        : type == typeof(int) ? new IntGraphType()
        : type == typeof(long) ? new LongGraphType()
        : type == typeof(decimal) ? new DecimalGraphType()
        : type == typeof(double) ? new FloatGraphType()
        : type == typeof(bool) ? new BooleanGraphType()
        : type == typeof(DateOnly) ? new DateOnlyGraphType()
        : type == typeof(DateTimeOffset) ? new DateTimeOffsetGraphType()
        : null;

    private IGraphType Code(Type type)
    {
        if (!_codes.TryGetValue(type, out var code)) _codes[type] = code = new CodeGraphType(type);
        return code;
    }

    private IGraphType Object(Type type)
    {
        if (_outputs.TryGetValue(type, out var known)) return known;
        var graph = new ObjectGraphType { Name = NameOf(type), Description = _docs.Of(type) };
        _outputs[type] = graph;
        foreach (var property in Properties(type))
        {
            var fieldType = Map(property.PropertyType, input: false);
            var nullable = _nullability.Create(property).ReadState == NullabilityState.Nullable || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            graph.AddField(new FieldType
            {
                Name = CamelCase(property.Name),
                Description = _docs.Of(property),
                ResolvedType = nullable ? fieldType : new NonNullGraphType(fieldType),
                Resolver = new FuncFieldResolver<object?>(context => ValueOf(property, context.Source)),
            });
        }
        if (Extensions.TryGetValue(type, out var extend)) extend(graph);
        return graph;
    }

    private IGraphType InputObject(Type type)
    {
        if (_inputs.TryGetValue(type, out var known)) return known;
        var graph = new InputObjectGraphType { Description = _docs.Of(type), Name = NameOf(type).Replace("Body", "", StringComparison.Ordinal).Replace("Command", "", StringComparison.Ordinal) + "Input" };
        _inputs[type] = graph;
        foreach (var property in Properties(type).Where(p => p.CanWrite || IsPositional(type, p)))
            graph.AddField(new FieldType { Name = CamelCase(property.Name), Description = _docs.Of(property), ResolvedType = Map(property.PropertyType, input: true) });
        return graph;
    }

    private static object? ValueOf(PropertyInfo property, object? source)
    {
        var value = property.GetValue(source);
        return value is IReadOnlyDictionary<string, int> counts ? counts.ToList() : value;
    }

    /// <summary>Public properties the REST JSON writes: not <c>[JsonIgnore]</c>d for good, not extension data, not the EqualityContract.</summary>
    private static IEnumerable<PropertyInfo> Properties(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0
            && p.GetCustomAttribute<JsonExtensionDataAttribute>() is null
            && p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always });

    private static bool IsPositional(Type type, PropertyInfo property) =>
        type.GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.Ordinal)));

    private static bool CountMap(Type type) => typeof(IReadOnlyDictionary<string, int>).IsAssignableFrom(type);

    private static Type? ElementOf(Type type) => type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary><c>ListingResponse</c> → <c>Listing</c>, <c>PublicGrowerProfile</c> → <c>Grower</c>; generic records by their argument.</summary>
    private static string NameOf(Type type)
    {
        if (type == typeof(Application.Users.PublicGrowerProfile)) return "Grower";
        var name = type.Name.EndsWith("Dto", StringComparison.Ordinal) ? type.Name[..^3] : type.Name;
        return name.EndsWith("Response", StringComparison.Ordinal) && name.Length > "Response".Length ? name[..^"Response".Length] : name;
    }

    public static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static ObjectGraphType KeyCountType()
    {
        var graph = new ObjectGraphType { Name = "KeyCount", Description = "One value and how many there are of it (REST writes these as an object of counts)." };
        graph.AddField(new FieldType { Name = "key", ResolvedType = new NonNullGraphType(new StringGraphType()),
            Resolver = new FuncFieldResolver<object?>(c => ((KeyValuePair<string, int>)c.Source!).Key) });
        graph.AddField(new FieldType { Name = "count", ResolvedType = new NonNullGraphType(new IntGraphType()),
            Resolver = new FuncFieldResolver<object?>(c => ((KeyValuePair<string, int>)c.Source!).Value) });
        return graph;
    }
}
