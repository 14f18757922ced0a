using System.Text.Json;
using FluentValidation;
using Marketplace.Application.Common.Errors;
using Marketplace.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Api.Errors;

/// <summary>The one place exceptions become HTTP problems. Anything not listed is a bug and a 500.</summary>
internal sealed class ProblemDetailsExceptionHandler(ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public const string DatabaseUnavailable = "database_unavailable";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail, errors) = exception switch
        {
            CodedValidationException e => (400, e.Code, "One or more fields are not valid.", ValidationErrors.From(e)),
            ValidationException e => (400, "validation_failed", "One or more fields are not valid.", ValidationErrors.From(e)),
            BadRequestException e => (400, e.Code, e.Message, e.Field is null ? null : ValidationErrors.Single(e.Field, e.Message)),
            BadHttpRequestException e => FromBadRequest(e),
            UnauthorizedAccessException e => (401, "unauthorized", e.Message, null),
            Application.Common.Ports.UnverifiedCallerException e => (401, "invalid_signature", e.Message, null),
            ForbiddenException e => (403, e.Code, e.Message, null),
            NotFoundException e => (404, "not_found", e.Message, null),
            PreconditionFailedException e => (412, "precondition_failed", e.Message, null),
            Application.Listings.Images.UnsupportedImageException e => (415, "unsupported_image_type", e.Message, null),
            Application.Listings.Images.ImageTooLargeException e => (413, "image_too_large", e.Message, null),
            Application.Listings.Images.InvalidImageException e => (400, "invalid_image", e.Message, ValidationErrors.Single("file", e.Message)),
            ActionNotAllowedException e => (403, e.Code, e.Message, null),
            Domain.Orders.UnlocatedDeliveryException e => (400, e.Code, e.Message, ValidationErrors.Single("deliveryAddress", e.Message)),
            DomainRuleException e => (409, e.Code, e.Message, null),
            Application.Common.Ports.PaymentProviderUnavailableException e => (503, "payment_unavailable", e.Message, null),
            Application.Common.Ports.ExternalServiceUnavailableException e => (503, "service_unavailable", e.Message, null),
            Application.Common.Ports.SearchUnavailableException e => (503, "search_unavailable", "The search service could not answer; try again shortly.", null),
            Application.Common.Ports.PaymentRejectedException e => (409, "payment_rejected", e.Message, null),
            Application.Common.Ports.InvalidWebhookException e => (400, "invalid_signature", e.Message, null),
            Application.Common.Ports.IdempotencyKeyReusedException e => (422, "idempotency_key_reused", e.Message, null),
            DbUpdateConcurrencyException => (409, "concurrent_update",
                "Someone else changed this resource at the same moment; read it again and retry.", null),
            _ when Infrastructure.Persistence.DatabaseAvailability.IsUnavailable(exception) => (503, DatabaseUnavailable,
                "The database is not accepting work right now; retry after the number of seconds in Retry-After.", null),
            _ => (500, "internal_error", "An unexpected error occurred; it has been logged with this trace id.", (IDictionary<string, string[]>?)null),
        };

        if (exception is UnauthorizedAccessException) context.Response.Headers.WWWAuthenticate = Auth.AuthenticationSetup.BearerChallenge;
        if (code == DatabaseUnavailable)
        {
            logger.LogWarning(exception, "The database refused {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.Headers.RetryAfter = ((int)Infrastructure.Persistence.DatabaseAvailability.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (status >= 500) logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
        await ProblemResponses.WriteAsync(context, status, code, detail, errors);
        return true;
    }

    private static (int, string, string, IDictionary<string, string[]>?) FromBadRequest(BadHttpRequestException e)
    {
        if (e.InnerException is JsonException json)
        {
            var path = ValidationErrors.FromJsonPath(json.Path);
            return (400, "malformed_json", "The request body is not valid JSON for this operation.",
                ValidationErrors.Single(path, path.Length == 0 ? "The body is not valid JSON." : "The value is missing, malformed or of the wrong type."));
        }
        return e.StatusCode switch
        {
            413 => (413, "payload_too_large", e.Message, null),
            415 => (415, "unsupported_media_type", "Send the body as application/json.", null),
            _ => (e.StatusCode, "bad_request", e.Message, null),
        };
    }
}
