using System.Security.Cryptography;
using System.Text.Json;

namespace Marketplace.Application.Common.Behaviours;

/// <summary>
/// The one mechanism behind <see cref="IdempotentAttribute"/>. It runs first, before validation, so a key reused with
/// another request is a 422 whatever that request holds. The caller's key is claimed with the hash of the request;
/// the winner runs the request and stores its result, which every later attempt with the same key and request gets
/// back (the endpoint maps it to the same HTTP answer). A request that fails frees its key (5xx included), so the
/// client may retry with it.
/// </summary>
public sealed class IdempotencyBehaviour<TMessage, TResponse>(
    IIdempotencyKeyHeader header, ICurrentUser caller, IIdempotencyStore store, IRequestIdempotency held)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public const int MaxKeyLength = 255;
    private static readonly bool Honoured = typeof(TMessage).IsDefined(typeof(IdempotentAttribute), inherit: false);

    /// <summary>Stored results are read back only by this behaviour, so its own options just have to round-trip.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        Honoured && header.Value is { Length: > 0 } key ? HandleOnceAsync(key, message, next, cancellationToken) : next(message, cancellationToken);

    private async ValueTask<TResponse> HandleOnceAsync(string key, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (key.Length > MaxKeyLength)
            throw new BadRequestException("invalid_idempotency_key", $"An Idempotency-Key is at most {MaxKeyLength} characters.");

        var owner = caller.ExternalId ?? "";
        var claim = await store.ClaimAsync(owner, key, Hash(message), cancellationToken);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Mismatch:
                throw new IdempotencyKeyReusedException("This Idempotency-Key was used with a different request body.");
            case IdempotencyOutcome.InProgress:
                throw new DomainRuleException("idempotency_request_in_progress", "A request with this Idempotency-Key is still being processed.");
            case IdempotencyOutcome.Replay:
                held.MarkReplayed();
                return JsonSerializer.Deserialize<TResponse>(claim.Result!, Json)!;
        }

        // The handler may bind what it creates to the claim in its own transaction (scoped to this request).
        held.Hold(owner, key, claim);
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch
        {
            await store.ReleaseAsync(owner, key, claim.LeaseId, CancellationToken.None);
            throw;
        }
        await store.CompleteAsync(owner, key, claim.LeaseId, JsonSerializer.Serialize(response, Json), CancellationToken.None);
        return response;
    }

    /// <summary>The request's type and every field it carries (route ids and body), so another use of the key differs.</summary>
    private static string Hash(TMessage message) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { request = typeof(TMessage).FullName, message }, Json)));
}
