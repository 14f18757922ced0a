using System.Reflection;
using Marketplace.Application.Common.Behaviours;
using Operation = Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// The Mediator request an operation sends, found from what its endpoint binds: the request itself, or a body that
/// names its request with <see cref="ValidatedAsAttribute"/>. The document declares what the request declares.
/// </summary>
internal static class SentRequests
{
    public static Type? Of(Operation api) =>
        api.ParameterDescriptions.Select(p => RequestOf(p.Type)).FirstOrDefault(t => t is not null);

    /// <summary>Whether the operation's request is <c>[Idempotent]</c>, so it takes <c>Idempotency-Key</c>.</summary>
    public static bool IsIdempotent(Operation api) => Of(api)?.IsDefined(typeof(IdempotentAttribute), inherit: false) == true;

    private static Type? RequestOf(Type? type) =>
        type is null ? null
        : typeof(Mediator.IMessage).IsAssignableFrom(type) ? type
        : type.GetCustomAttribute<ValidatedAsAttribute>()?.Command;
}
