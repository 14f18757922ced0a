using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace Marketplace.Domain.Common;

/// <summary>
/// The wire and storage name of an enum value: its <see cref="CodeAttribute"/> when present (e.g. <c>leafy-greens</c>),
/// otherwise the member name in snake_case (<c>sold_out</c>). JSON (the Api's converter), query strings and database
/// columns all use this one spelling.
/// </summary>
public static class EnumCode<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> ToCodes = Enum.GetValues<T>()
        .ToFrozenDictionary(v => v, CodeOf);

    private static readonly FrozenDictionary<string, T> FromCodes = ToCodes
        .ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every code, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<T>().Select(v => ToCodes[v]).ToArray();

    public static string ToCode(T value) => ToCodes[value];

    public static bool TryParse(string? code, out T value)
    {
        if (code is not null && FromCodes.TryGetValue(code, out value)) return true;
        value = default;
        return false;
    }

    public static T Parse(string code) =>
        TryParse(code, out var value) ? value : throw new ArgumentException($"Unknown {typeof(T).Name} '{code}'.", nameof(code));

    private static string CodeOf(T value)
    {
        var name = value.ToString();
        var member = typeof(T).GetField(name, BindingFlags.Public | BindingFlags.Static);
        return member?.GetCustomAttribute<CodeAttribute>()?.Code ?? SnakeCase(name);
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
