using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Domain.Common;

namespace Marketplace.Api.Errors;

/// <summary>
/// Every enum on the wire is its <see cref="EnumCode{T}"/> (<c>sold_out</c>, <c>leafy-greens</c>), the spelling the
/// database and query strings use too. Reading takes exactly those codes: a number or another spelling is a 400
/// <c>malformed_json</c> naming the field. The OpenAPI generator lists the same codes, as it serializes each value.
/// </summary>
internal sealed class EnumCodeJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Codes<>).MakeGenericType(typeToConvert))!;

    private sealed class Codes<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw new JsonException($"A {typeof(T).Name} is one of its codes, as a string.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(EnumCode<T>.ToCode(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(EnumCode<T>.ToCode(value));

        private static T Parse(string? code) =>
            EnumCode<T>.TryParse(code, out var value) ? value : throw new JsonException($"'{code}' is not a {typeof(T).Name} code.");
    }
}
