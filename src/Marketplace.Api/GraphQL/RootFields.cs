using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Marketplace.Api.GraphQL;

/// <summary>Small builders for the root fields, so each query and mutation reads as its name, its arguments and the request it sends.</summary>
internal static class RootFields
{
    public static FieldType Root(string name, IGraphType type, string description, Func<IResolveFieldContext, ValueTask<object?>> resolve,
        params QueryArgument[] arguments) => new()
    {
        Name = name,
        ResolvedType = type,
        Description = description,
        Arguments = new QueryArguments(arguments),
        Resolver = new FuncFieldResolver<object?>(resolve),
    };

    public static QueryArgument Arg(string name, IGraphType type, string description) => new(type) { Name = name, Description = description };

    public static QueryArgument Required(string name, IGraphType type, string description) =>
        new(new NonNullGraphType(type)) { Name = name, Description = description };

    /// <summary>
    /// Sends a paged query whose validation errors name GraphQL's arguments: the request's <c>Limit</c> and
    /// <c>Cursor</c> are <c>first</c> and <c>after</c> here. Only the validator's own error is renamed; anything else passes as raised.
    /// </summary>
    public static async ValueTask<TResponse> PagedQueryAsync<TResponse>(this IResolveFieldContext context, Mediator.IQuery<TResponse> query)
    {
        try
        {
            return await context.QueryAsync(query);
        }
        catch (Application.Common.Errors.RequestValidationException e)
        {
            throw new Application.Common.Errors.RequestValidationException(e.Code, [.. e.FieldErrors.Select(f =>
                new FluentValidation.Results.ValidationFailure(f.Field switch { "Limit" => "first", "Cursor" => "after", var other => other }, f.Message))]);
        }
    }

    /// <summary>An <c>ID</c> argument as the GUID it must be; anything else is a 400 naming the argument, as a bad route id is in REST.</summary>
    public static Guid IdOf(this IResolveFieldContext context, string name = "id") =>
        Guid.TryParse(context.GetArgument<string>(name), out var id)
            ? id
            : throw new Application.Common.Errors.BadRequestException(Application.Common.Errors.RequestValidationException.DefaultCode,
                "The id is not a GUID.", name);

    /// <summary>
    /// The arguments given, under the names the request record uses (<c>id</c> → <c>orderId</c>, <c>first</c> →
    /// <c>limit</c>), merged into the <c>input</c> object when there is one.
    /// </summary>
    public static Dictionary<string, object?> Values(this IResolveFieldContext context, params (string Argument, string Property)[] renames)
    {
        var values = context.Input();
        foreach (var (argument, property) in renames)
            if (context.Given(argument).TryGetValue(argument, out var value)) values[property] = argument == "id" ? context.IdOf() : value;
        return values;
    }
}
