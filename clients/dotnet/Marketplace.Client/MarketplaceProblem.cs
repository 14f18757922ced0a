using System.Text.Json;

namespace VibeLux.Marketplace.Client;

/// <summary>
/// The RFC 9457 problem of an error answer: every non-2xx answer of the API carries <c>status</c>, a stable
/// <c>code</c> (<c>validation_failed</c>, <c>not_found</c>, <c>insufficient_stock</c>, …) and a <c>traceId</c>;
/// validation problems add <c>errors</c> by field.
/// </summary>
public sealed record MarketplaceProblem(
    int Status,
    string Code,
    string TraceId,
    string? Title,
    string? Detail,
    IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The problem an exception of the generated client carries, or null when its body is not one. Read from the body
    /// itself, so it does not depend on which problem schema the operation declares for that status.
    /// </summary>
    public static MarketplaceProblem? From(MarketplaceApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (string.IsNullOrEmpty(exception.Response)) return null;
        try
        {
            var body = JsonSerializer.Deserialize<Body>(exception.Response, Web);
            if (body?.Code is null || body.TraceId is null) return null;
            return new MarketplaceProblem(body.Status ?? exception.StatusCode, body.Code, body.TraceId, body.Title, body.Detail,
                body.Errors ?? new Dictionary<string, string[]>());
        }
        catch (JsonException)
        {
            return null; // not a problem document: the caller sees null and the exception's own text
        }
    }

    private sealed record Body(int? Status, string? Code, string? TraceId, string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
