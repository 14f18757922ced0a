using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Contracts;

/// <summary>The data of one integration event: one record per <see cref="EventTypes"/> name.</summary>
public interface IIntegrationEventData;

/// <summary>What every transport carries: <c>{ id, type, occurredAt, data }</c>.</summary>
public sealed record IntegrationEventEnvelope<TData>(Guid Id, string Type, DateTimeOffset OccurredAt, TData Data);

/// <summary>The JSON of the events: camelCase (web defaults), enums as snake_case strings.</summary>
public static class IntegrationEventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(IIntegrationEventData data) => JsonSerializer.Serialize(data, data.GetType(), Options);

    /// <summary>The typed data of an event of <paramref name="type"/>; null for a type this version does not know.</summary>
    public static IIntegrationEventData? Deserialize(string type, JsonElement data) =>
        EventTypes.DataTypes.TryGetValue(type, out var clr) ? (IIntegrationEventData?)data.Deserialize(clr, Options) : null;
}

/// <summary>An amount in minor units of an ISO 4217 currency: <c>{ "amount": 2450, "currency": "USD" }</c>.</summary>
public sealed record Money(long Amount, string Currency);
