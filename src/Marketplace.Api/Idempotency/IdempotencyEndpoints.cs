namespace Marketplace.Api.Idempotency;

/// <summary>Marks an endpoint that honours <c>Idempotency-Key</c>, so the OpenAPI document can declare the header.</summary>
internal sealed class HonoursIdempotencyKey;

internal static class IdempotencyEndpoints
{
    /// <summary>Honours <c>Idempotency-Key</c> (<see cref="IdempotencyFilter"/>) and says so in the endpoint's metadata.</summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<IdempotencyFilter>().WithMetadata(new HonoursIdempotencyKey());
}
