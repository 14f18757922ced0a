using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marketplace.Infrastructure.Persistence.Moving;

/// <summary>
/// Values cross providers as the model sees them: each side's own type mapping turns what it stores (ticks on
/// SQLite, timestamptz on PostgreSQL, JSON text or arrays) into the model's value and back.
/// </summary>
internal static class ColumnValues
{
    private static readonly ConcurrentDictionary<Type, Func<DbDataReader, int, object>> Readers = new();
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static object? Read(DbDataReader reader, int ordinal, RelationalTypeMapping mapping)
    {
        if (reader.IsDBNull(ordinal)) return null;
        var stored = ReaderFor(StoredType(mapping))(reader, ordinal);
        return mapping.Converter is { } converter ? converter.ConvertFromProvider(stored) : stored;
    }

    /// <summary>
    /// The text a checksum is taken over: the same model value gives the same text whichever provider stored it
    /// (1.50 and 1.5 are one decimal; an instant is its UTC microseconds, the precision every provider keeps).
    /// </summary>
    public static string Canonical(object? value) => value switch
    {
        null => "\u2205",
        string text => text,
        DateTimeOffset instant => (instant.UtcTicks / 10).ToString(CultureInfo.InvariantCulture),
        DateTime time => (time.Ticks / 10).ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.############################", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        Guid id => id.ToString("D"),
        Enum code => code.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, value.GetType(), Json),
    };

    /// <summary>A row's hash over its canonical values, each prefixed by its length so that no two rows can collide by shifting text.</summary>
    public static byte[] RowHash(IReadOnlyList<object?> values)
    {
        var text = new StringBuilder();
        foreach (var value in values)
        {
            var canonical = Canonical(value);
            text.Append(canonical.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(canonical).Append('|');
        }
        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static Type StoredType(RelationalTypeMapping mapping)
    {
        var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static Func<DbDataReader, int, object> ReaderFor(Type type) =>
        Readers.GetOrAdd(type, t => typeof(ColumnValues)
            .GetMethod(nameof(ReadAs), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(t)
            .CreateDelegate<Func<DbDataReader, int, object>>());

    private static object ReadAs<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;
}
