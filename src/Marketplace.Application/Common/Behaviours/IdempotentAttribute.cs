namespace Marketplace.Application.Common.Behaviours;

/// <summary>
/// The request honours <c>Idempotency-Key</c> for 24 hours: the same key with the same request answers the first
/// result again (<c>Idempotent-Replayed: true</c>), another request with that key is 422. Served by
/// <see cref="IdempotencyBehaviour{TMessage, TResponse}"/>; the OpenAPI document declares the header from it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IdempotentAttribute : Attribute;
