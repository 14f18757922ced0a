namespace Marketplace.Api.GraphQL;

/// <summary>
/// A GraphQL mutation's <c>idempotencyKey</c> argument, held for the mutation's own DI scope: the Api's
/// <c>IIdempotencyKeyHeader</c> reads it before the header, so the same <c>[Idempotent]</c> behaviour serves both.
/// </summary>
internal sealed class IdempotencyKeyArgument
{
    public string? Value { get; set; }
}
