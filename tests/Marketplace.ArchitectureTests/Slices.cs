using System.Reflection;
using FluentValidation;
using Mediator;

namespace Marketplace.ArchitectureTests;

/// <summary>The Application's requests, validators and handlers, found by the Mediator and FluentValidation interfaces.</summary>
internal static class Slices
{
    private static readonly Type[] RequestInterfaces =
        [typeof(ICommand), typeof(ICommand<>), typeof(IQuery<>), typeof(IRequest), typeof(IRequest<>)];

    private static readonly Type[] HandlerInterfaces =
        [typeof(ICommandHandler<>), typeof(ICommandHandler<,>), typeof(IQueryHandler<,>), typeof(IRequestHandler<>), typeof(IRequestHandler<,>)];

    public static IReadOnlyList<Type> ConcreteTypes { get; } =
        [.. Layers.ApplicationAssembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })];

    public static IReadOnlyList<Type> Requests { get; } =
        [.. ConcreteTypes.Where(t => t.GetInterfaces().Any(i => RequestInterfaces.Contains(Definition(i))))];

    public static IReadOnlyList<Type> Handlers { get; } =
        [.. ConcreteTypes.Where(t => t.GetInterfaces().Any(i => HandlerInterfaces.Contains(Definition(i))))];

    /// <summary>The request types a handler handles (the first type argument of its handler interfaces).</summary>
    public static IEnumerable<Type> HandledBy(Type handler) =>
        handler.GetInterfaces().Where(i => HandlerInterfaces.Contains(Definition(i))).Select(i => i.GetGenericArguments()[0]).Distinct();

    /// <summary>Concrete validators whose base chain is <c>AbstractValidator&lt;request&gt;</c>.</summary>
    public static IEnumerable<Type> ValidatorsOf(Type request) =>
        ConcreteTypes.Where(t => BaseTypes(t).Contains(typeof(AbstractValidator<>).MakeGenericType(request)));

    private static Type Definition(Type type) => type.IsGenericType ? type.GetGenericTypeDefinition() : type;

    private static IEnumerable<Type> BaseTypes(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType) yield return t;
    }

    public static string Names(IEnumerable<Type> types) => string.Join(", ", types.Select(t => t.FullName));

    public static bool IsInApplication(Type type) => type.Assembly == Layers.ApplicationAssembly;

    public static Assembly Assembly => Layers.ApplicationAssembly;
}
