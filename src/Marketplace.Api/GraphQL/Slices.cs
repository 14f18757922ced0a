using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using Marketplace.Api.Idempotency;
using Mediator;
using Microsoft.Extensions.Options;

namespace Marketplace.Api.GraphQL;

/// <summary>
/// How a resolver reaches a slice: it sends the REST endpoint's own Mediator request, so validation, access,
/// idempotency, provisioning and the unit of work are the pipeline's, exactly as over REST. Each root field runs in a
/// DI scope of its own (fields of one query run in parallel, and two commands must not share a change tracker); the
/// caller still comes from the HTTP request's token.
/// </summary>
internal static class Slices
{
    public static async ValueTask<TResponse> QueryAsync<TResponse>(this IResolveFieldContext context, IQuery<TResponse> query)
    {
        await using var scope = context.RequestServices!.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, context.CancellationToken);
    }

    /// <summary>Sends a command; <paramref name="idempotencyKey"/> takes the place of the <c>Idempotency-Key</c> header.</summary>
    public static async ValueTask<TResponse> CommandAsync<TResponse>(this IResolveFieldContext context, ICommand<TResponse> command,
        string? idempotencyKey = null)
    {
        await using var scope = context.RequestServices!.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        if (idempotencyKey is not null) scope.ServiceProvider.GetRequiredService<IdempotencyKeyArgument>().Value = idempotencyKey;
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, context.CancellationToken);
    }

    /// <summary>
    /// Reads GraphQL arguments into a request record with the REST body's own JSON binding (enum codes, money, dates),
    /// so a value REST refuses is refused here with the same problem and field path.
    /// </summary>
    public static T Bind<T>(this IResolveFieldContext context, IDictionary<string, object?> values)
    {
        var json = context.RequestServices!.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            return JsonSerializer.SerializeToElement(values, json).Deserialize<T>(json)
                ?? throw new BadHttpRequestException("The input is missing.", StatusCodes.Status400BadRequest);
        }
        catch (JsonException e)
        {
            // The same exception REST's binding raises, so ProblemMapping answers the same malformed_json problem.
            throw new BadHttpRequestException("The input does not bind.", StatusCodes.Status400BadRequest, e);
        }
    }

    /// <summary>The named arguments that were given (an absent one stays absent, as a field missing from a JSON body).</summary>
    public static Dictionary<string, object?> Given(this IResolveFieldContext context, params string[] names)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in names)
            if (context.Arguments?.TryGetValue(name, out var argument) == true && argument.Source != ArgumentSource.FieldDefault)
                values[name] = argument.Value;
        return values;
    }

    public static Dictionary<string, object?> Input(this IResolveFieldContext context, string name = "input") =>
        context.Arguments?.TryGetValue(name, out var input) == true && input.Value is IDictionary<string, object?> values
            ? new(values, StringComparer.Ordinal)
            : [];
}
