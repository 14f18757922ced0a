using Marketplace.Domain.Common;

namespace Marketplace.Api.Errors;

/// <summary>Builds the <c>errors</c> member: camelCase property paths (<c>unitPrice.amount</c>) to messages.</summary>
internal static class ValidationErrors
{
    /// <summary>The field errors by camelCase path; null when the error is about no field.</summary>
    public static IDictionary<string, string[]>? From(IReadOnlyList<FieldError> errors) =>
        errors.Count == 0
            ? null
            : errors.GroupBy(f => CamelPath(f.Field)).ToDictionary(g => g.Key, g => g.Select(f => f.Message).Distinct().ToArray());

    public static IDictionary<string, string[]> Single(string field, string message) =>
        new Dictionary<string, string[]> { [field] = [message] };

    /// <summary><c>$.unitPrice.amount</c> → <c>unitPrice.amount</c>; the body itself is the empty path.</summary>
    public static string FromJsonPath(string? path) => (path ?? "$").TrimStart('$').TrimStart('.');

    /// <summary>
    /// FluentValidation names properties by their C# path. A command's <c>Body</c> is the HTTP body, so
    /// that segment is dropped: clients see the fields as they sent them.
    /// </summary>
    private static string CamelPath(string propertyName)
    {
        var segments = propertyName.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..])
            .ToList();
        if (segments.Count > 1 && segments[0] == "body") segments.RemoveAt(0);
        return segments.Count == 1 && segments[0] == "body" ? "" : string.Join('.', segments);
    }
}
