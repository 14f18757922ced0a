using System.Globalization;
using Marketplace.Domain.Common;

namespace Marketplace.Api.Errors;

/// <summary>
/// The one table from an error's kind to its HTTP status (API.md §Errors), and the few codes whose answer carries a
/// header besides the problem. A new error picks a kind; it needs a line here only when its answer is special.
/// </summary>
internal static class ErrorStatuses
{
    public const string DatabaseUnavailable = "database_unavailable";

    private static readonly Dictionary<ErrorKind, int> ByKind = new()
    {
        [ErrorKind.Validation] = StatusCodes.Status400BadRequest,
        [ErrorKind.Unauthorized] = StatusCodes.Status401Unauthorized,
        [ErrorKind.Forbidden] = StatusCodes.Status403Forbidden,
        [ErrorKind.NotFound] = StatusCodes.Status404NotFound,
        [ErrorKind.Conflict] = StatusCodes.Status409Conflict,
        [ErrorKind.PreconditionFailed] = StatusCodes.Status412PreconditionFailed,
        [ErrorKind.TooLarge] = StatusCodes.Status413PayloadTooLarge,
        [ErrorKind.UnsupportedMediaType] = StatusCodes.Status415UnsupportedMediaType,
        [ErrorKind.Unprocessable] = StatusCodes.Status422UnprocessableEntity,
        [ErrorKind.RateLimited] = StatusCodes.Status429TooManyRequests,
        [ErrorKind.Internal] = StatusCodes.Status500InternalServerError,
        [ErrorKind.Unavailable] = StatusCodes.Status503ServiceUnavailable,
    };

    /// <summary>Codes whose answer adds a header: what the client needs to act on it.</summary>
    private static readonly Dictionary<string, Action<HttpResponse>> HeadersByCode = new(StringComparer.Ordinal)
    {
        // RFC 9110 §11.6.1: a 401 names the scheme that would be accepted.
        ["unauthorized"] = r => r.Headers.WWWAuthenticate = Auth.AuthenticationSetup.BearerChallenge,
        // ADR 29: nothing was stored, so the client may retry after this many seconds.
        [DatabaseUnavailable] = r => r.Headers.RetryAfter =
            ((int)Infrastructure.Persistence.DatabaseAvailability.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture),
    };

    public static int Of(ErrorKind kind) => ByKind[kind];

    /// <summary>Adds the header <paramref name="code"/> answers with, if it has one.</summary>
    public static void AddHeaders(HttpResponse response, string code)
    {
        if (HeadersByCode.TryGetValue(code, out var add)) add(response);
    }
}
