using System.Collections;
using System.Reflection;
using System.Text.Json;
using FluentValidation;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// Finds which fields of a request body its validator insists on: the body is built with every field missing (and,
/// level by level, with each nested object present but empty), validated, and every field the validator names is
/// required at that place. Rules that apply only under a condition (<c>When</c>) stay silent on an empty body, so a
/// field is required only when it is required always.
/// </summary>
internal sealed class ValidatorProbe(IServiceProvider services)
{
    private const int MaxDepth = 3;

    /// <summary>The required wire names of every object type in the body, by type (intersected where a type occurs twice).</summary>
    public Dictionary<Type, HashSet<string>> RequiredOf(Type body)
    {
        var found = new Dictionary<Type, HashSet<string>>();
        if (TargetOf(body) is not { } target) return found;

        for (var depth = 0; depth <= MaxDepth; depth++)
        {
            var nodes = new Dictionary<string, Type>(StringComparer.Ordinal);
            var instance = Build(body, "", depth, nodes);
            var errors = target.Validate(instance);
            foreach (var (path, type) in nodes.Where(n => Depth(n.Key) == depth))
            {
                var prefix = path.Length == 0 ? "" : path + ".";
                var names = WireNames(type);
                var required = errors.Where(e => e.StartsWith(prefix, StringComparison.Ordinal) && Depth(e) == depth + 1)
                    .Select(e => e[prefix.Length..]).Where(names.Contains).ToHashSet(StringComparer.Ordinal);
                if (found.TryGetValue(type, out var earlier)) earlier.IntersectWith(required);
                else found[type] = required;
            }
        }
        return found;
    }

    public static string WireName(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    public static HashSet<string> WireNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => WireName(p.Name)).ToHashSet(StringComparer.Ordinal);

    private static int Depth(string path) => path.Length == 0 ? 0 : path.Count(c => c == '.') + 1;

    /// <summary>The validator that checks this body: its own, its command's (which carries it as <c>Body</c>), or the command it declares.</summary>
    private Target? TargetOf(Type body)
    {
        if (Validator(body) is { } own) return new Target(own, body, null, null);
        if (body.GetCustomAttribute<ValidatedAsAttribute>() is { } declared && Validator(declared.Command) is { } command)
            return new Target(command, declared.Command, null, body);
        foreach (var validated in ValidatedTypes())
        {
            var wrapper = validated.GetProperties().FirstOrDefault(p => p.PropertyType == body);
            if (wrapper is not null && Validator(validated) is { } outer) return new Target(outer, validated, wrapper.Name, null);
        }
        return null;
    }

    private IValidator? Validator(Type type) => services.GetService(typeof(IValidator<>).MakeGenericType(type)) as IValidator;

    private static IEnumerable<Type> ValidatedTypes() =>
        typeof(Application.DependencyInjection).Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .Distinct();

    /// <summary>An object of the type with every field missing, and its nested objects filled down to <paramref name="depth"/>.</summary>
    private static object Build(Type type, string path, int depth, Dictionary<string, Type> nodes)
    {
        nodes[path] = type;
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters()
            .Select(p => Value(p.ParameterType, Child(path, p.Name!), depth, nodes)).ToArray();
        var instance = constructor.Invoke(arguments);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || constructor.GetParameters().Any(p => p.Name == property.Name)) continue;
            if (Value(property.PropertyType, Child(path, property.Name), depth, nodes) is { } value) property.SetValue(instance, value);
        }
        return instance;
    }

    private static object? Value(Type type, string path, int depth, Dictionary<string, Type> nodes)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (Depth(path) <= depth)
        {
            if (IsObject(plain)) return Build(plain, path, depth, nodes);
            if (ElementOf(plain) is { } element && IsObject(element))
            {
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                list.Add(Build(element, path, depth, nodes));
                return list;
            }
        }
        return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
    }

    private static string Child(string path, string name) => path.Length == 0 ? WireName(name) : $"{path}.{WireName(name)}";

    private static bool IsObject(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Marketplace", StringComparison.Ordinal) == true;

    private static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    private sealed record Target(IValidator Validator, Type Validated, string? Wrapper, Type? CopiedFrom)
    {
        /// <summary>Validates the body as the API would and returns the paths of the fields named, as clients spell them.</summary>
        public List<string> Validate(object body)
        {
            var instance = Wrapper is not null ? Wrap(body) : CopiedFrom is not null ? Copy(body) : body;
            var context = (IValidationContext)Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(Validated), instance)!;
            return Validator.Validate(context).Errors.Select(e => Path(e.PropertyName)).Distinct().ToList();
        }

        private object Wrap(object body) => Construct(name => name == Wrapper ? body : null);

        private object Copy(object body) => Construct(name => CopiedFrom!.GetProperty(name)?.GetValue(body));

        private object Construct(Func<string, object?> valueOf)
        {
            var constructor = Validated.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var arguments = constructor.GetParameters().Select(p => valueOf(WireUpper(p.Name!)) ??
                (p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) is null ? Activator.CreateInstance(p.ParameterType) : null));
            return constructor.Invoke(arguments.ToArray());
        }

        private static string WireUpper(string name) => char.ToUpperInvariant(name[0]) + name[1..];

        private string Path(string propertyName)
        {
            var segments = propertyName.Split('.', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => s.Contains('[') ? s[..s.IndexOf('[')] : s).Where(s => s.Length > 0).ToList();
            if (Wrapper is not null && segments.Count > 0 && segments[0] == Wrapper) segments.RemoveAt(0);
            return string.Join('.', segments.Select(WireName));
        }
    }
}

/// <summary>An HTTP body whose fields the endpoint passes on to this command, whose validator checks them.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ValidatedAsAttribute(Type command) : Attribute
{
    public Type Command { get; } = command;
}
