using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;
using static Marketplace.ArchitectureTests.Layers;

namespace Marketplace.ArchitectureTests;

/// <summary>
/// The GraphQL resolvers reuse the slices: everything they use of the Application is a Mediator request, a record those
/// requests carry or answer with, or the shared error and ETag types; never a handler, a port, the DbContext, a
/// validator or Infrastructure. Read from the IL of every type in <c>Marketplace.Api.GraphQL</c>, lambdas included.
/// </summary>
public sealed class GraphQLTests
{
    private const string GraphQLNamespace = "Marketplace.Api.GraphQL";

    [Fact]
    public void Resolvers_UseOnlyMediatorRequestsAndTheirRecords_OfTheApplication()
    {
        using var api = AssemblyDefinition.ReadAssembly(ApiAssembly.Location);
        var resolvers = api.MainModule.GetTypes().Where(t => NamespaceOf(t).StartsWith(GraphQLNamespace, StringComparison.Ordinal)).ToList();
        Assert.True(resolvers.Count >= 10, $"only {resolvers.Count} types in {GraphQLNamespace}; the rule would check little");

        var used = resolvers.SelectMany(t => References(t).Select(r => (User: t.FullName, Type: r))).ToList();
        var allowed = AllowedApplicationTypes();
        var broken = new List<string>();
        var requests = new HashSet<Type>();
        foreach (var (user, reference) in used)
        {
            var assembly = AssemblyOf(reference);
            if (assembly == InfrastructureName || assembly.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
                broken.Add($"{user} uses {reference.FullName} ({assembly})");
            if (assembly != ApplicationName) continue;
            var type = ApplicationAssembly.GetType(reference.GetElementType().FullName.Replace('/', '+'));
            if (type is null || !allowed.Contains(type)) broken.Add($"{user} uses {reference.FullName}, which is no Mediator request or record of one");
            else if (IsRequest(type)) requests.Add(type);
        }

        Assert.True(broken.Count == 0, "GraphQL types reach past the Mediator requests:\n  " + string.Join("\n  ", broken.Distinct()));
        Assert.True(requests.Count >= 20, $"the resolvers send only {requests.Count} requests: {string.Join(", ", requests.Select(r => r.Name))}");
    }

    /// <summary>Every Mediator request of the Application, the records reachable from its properties and its response, and the shared error and ETag types.</summary>
    private static HashSet<Type> AllowedApplicationTypes()
    {
        var allowed = new HashSet<Type>();
        void Add(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments()) Add(argument);
                // The IL names a generic record by its definition (Page`1), with the arguments beside it.
                if (!type.IsGenericTypeDefinition && type.GetGenericTypeDefinition().Assembly == ApplicationAssembly) allowed.Add(type.GetGenericTypeDefinition());
            }
            if (type.IsArray) Add(type.GetElementType()!);
            if (type.Assembly != ApplicationAssembly || !allowed.Add(type)) return;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) Add(property.PropertyType);
        }
        var requests = ApplicationAssembly.GetTypes().Where(IsRequest).ToList();
        Assert.True(requests.Count >= 30, $"only {requests.Count} Mediator requests found in the Application");
        foreach (var request in requests)
        {
            Add(request);
            foreach (var answer in request.GetInterfaces().Where(i => i.IsGenericType && i.Namespace == "Mediator")) Add(answer.GetGenericArguments()[0]);
        }
        allowed.Add(typeof(Marketplace.Application.Common.ETags));
        foreach (var error in ApplicationAssembly.GetTypes().Where(t => t.Namespace == "Marketplace.Application.Common.Errors")) allowed.Add(error);
        return allowed;
    }

    private static bool IsRequest(Type type) => type is { IsClass: true, IsAbstract: false } && typeof(Mediator.IMessage).IsAssignableFrom(type);

    private static string NamespaceOf(TypeDefinition type) => type.DeclaringType is { } outer ? NamespaceOf(outer) : type.Namespace;

    private static string AssemblyOf(TypeReference type) => type.Scope switch
    {
        AssemblyNameReference name => name.Name,
        ModuleDefinition module => module.Assembly.Name.Name,
        _ => type.Scope?.Name ?? "",
    };

    /// <summary>Every type the type's signatures and method bodies name, generic arguments and element types unfolded.</summary>
    private static List<TypeReference> References(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? reference)
        {
            switch (reference)
            {
                case null: return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments) Add(argument);
                    return;
                case TypeSpecification specification:
                    Add(specification.ElementType);
                    return;
                case GenericParameter:
                    return;
                default:
                    found.Add(reference);
                    return;
            }
        }
        Add(type.BaseType);
        foreach (var i in type.Interfaces) Add(i.InterfaceType);
        foreach (var field in type.Fields) Add(field.FieldType);
        foreach (var property in type.Properties) Add(property.PropertyType);
        foreach (var method in type.Methods)
        {
            Add(method.ReturnType);
            foreach (var parameter in method.Parameters) Add(parameter.ParameterType);
            if (!method.HasBody) continue;
            foreach (var variable in method.Body.Variables) Add(variable.VariableType);
            foreach (var instruction in method.Body.Instructions)
                switch (instruction.Operand)
                {
                    case TypeReference t: Add(t); break;
                    case MethodReference m:
                        Add(m.DeclaringType);
                        Add(m.ReturnType);
                        foreach (var parameter in m.Parameters) Add(parameter.ParameterType);
                        if (m is GenericInstanceMethod g) foreach (var argument in g.GenericArguments) Add(argument);
                        break;
                    case FieldReference f: Add(f.DeclaringType); Add(f.FieldType); break;
                }
        }
        return found;
    }
}
