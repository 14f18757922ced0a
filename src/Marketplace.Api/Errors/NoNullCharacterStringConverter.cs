using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Api.Errors;

/// <summary>
/// Refuses a NUL character (<c>\u0000</c>) in any JSON string of a request: PostgreSQL cannot store one in text, so it
/// would fail at commit as a 500; here it is a 400 <c>malformed_json</c> naming the field.
/// </summary>
internal sealed class NoNullCharacterStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0', StringComparison.Ordinal)
            ? throw new JsonException("A string may not contain the NUL character.")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
