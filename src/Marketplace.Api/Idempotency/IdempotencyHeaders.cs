using Marketplace.Application.Common.Ports;

namespace Marketplace.Api.Idempotency;

/// <summary>
/// The HTTP side of <c>[Idempotent]</c> requests: the key comes from <c>Idempotency-Key</c>, and an answer the
/// idempotency behaviour replayed says so with <c>Idempotent-Replayed: true</c>. Everything else is the behaviour's.
/// </summary>
internal static class IdempotencyHeaders
{
    public const string Key = "Idempotency-Key";
    public const string Replayed = "Idempotent-Replayed";

    public static IServiceCollection AddIdempotencyHeaders(this IServiceCollection services) =>
        services.AddScoped<GraphQL.IdempotencyKeyArgument>().AddScoped<IIdempotencyKeyHeader, HttpIdempotencyKey>();

    public static IApplicationBuilder UseIdempotencyHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Headers.ContainsKey(Key))
            context.Response.OnStarting(() =>
            {
                if (context.RequestServices.GetRequiredService<IRequestIdempotency>().Replayed) context.Response.Headers[Replayed] = "true";
                return Task.CompletedTask;
            });
        await next(context);
    });

    /// <summary>The header, or a GraphQL mutation's <c>idempotencyKey</c> argument, which is the header's twin there.</summary>
    private sealed class HttpIdempotencyKey(IHttpContextAccessor accessor, GraphQL.IdempotencyKeyArgument argument) : IIdempotencyKeyHeader
    {
        public string? Value => argument.Value is { Length: > 0 } given ? given
            : accessor.HttpContext?.Request.Headers[Key].ToString() is { Length: > 0 } key ? key : null;
    }
}
