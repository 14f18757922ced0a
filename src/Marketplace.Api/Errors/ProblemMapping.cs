using System.Text.Json;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Api.Errors;

/// <summary>A problem before it is written: status, stable code, what the client is told and the field errors.</summary>
internal sealed record Problem(int Status, string Code, string Detail, IDictionary<string, string[]>? Errors = null);

/// <summary>
/// Reads any exception as the one error shape (code + kind) and takes the status from <see cref="ErrorStatuses"/>.
/// The coded errors say everything themselves; the arms below only translate the framework's and the database's own
/// exceptions into that shape. Their types are unrelated (none derives from another), so their order decides nothing.
/// </summary>
internal static class ProblemMapping
{
    public static Problem For(Exception exception) => exception switch
    {
        MarketplaceException e => Of(e.Kind, e.Code, e.Detail, ValidationErrors.From(e.FieldErrors)),
        BadHttpRequestException e => FromBadRequest(e),
        UnauthorizedAccessException e => Of(ErrorKind.Unauthorized, "unauthorized", e.Message),
        DbUpdateConcurrencyException => Of(ErrorKind.Conflict, "concurrent_update",
            "Someone else changed this resource at the same moment; read it again and retry."),
        _ when Infrastructure.Persistence.DatabaseAvailability.IsUnavailable(exception) => Of(ErrorKind.Unavailable, ErrorStatuses.DatabaseUnavailable,
            "The database is not accepting work right now; retry after the number of seconds in Retry-After."),
        _ => Of(ErrorKind.Internal, "internal_error", "An unexpected error occurred; it has been logged with this trace id."),
    };

    private static Problem Of(ErrorKind kind, string code, string detail, IDictionary<string, string[]>? errors = null) =>
        new(ErrorStatuses.Of(kind), code, detail, errors);

    private static Problem FromBadRequest(BadHttpRequestException e)
    {
        if (e.InnerException is JsonException json)
        {
            var path = ValidationErrors.FromJsonPath(json.Path);
            return Of(ErrorKind.Validation, "malformed_json", "The request body is not valid JSON for this operation.",
                ValidationErrors.Single(path, path.Length == 0 ? "The body is not valid JSON." : "The value is missing, malformed or of the wrong type."));
        }
        return e.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => Of(ErrorKind.TooLarge, "payload_too_large", e.Message),
            StatusCodes.Status415UnsupportedMediaType => Of(ErrorKind.UnsupportedMediaType, "unsupported_media_type", "Send the body as application/json."),
            // The server itself refused the request's framing (a bad header, a body that ends early…): its status stands.
            _ => new Problem(e.StatusCode, "bad_request", e.Message),
        };
    }
}
