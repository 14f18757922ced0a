using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation.Results;
using Marketplace.Api.Errors;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Listings.Images;
using Marketplace.Application.Listings.SearchListings;
using Marketplace.Application.Payments;
using Marketplace.Domain.Common;
using Marketplace.Domain.Orders;
using Marketplace.FunctionalTests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>
/// Every code of the published <c>ProblemCode</c> enum, raised as the code raises it, answers with the status that
/// API.md, the README and the operation descriptions give it. The status comes from the one kind → status table
/// (<see cref="ErrorStatuses"/>), so this pins the table and each error's kind together.
/// </summary>
public sealed class ProblemCodeStatusTests
{
    private sealed record Row(string Code, int Status, string RaisedBy, Func<(int Status, string Code)> Answer);

    private static readonly Row[] Rows =
    [
        Rule("account_locked"), Raised("action_not_allowed", 403, new ActionNotAllowedException("Only the order's buyer can review it.")),
        Rule("already_exists"), Rule("already_reviewed"),
        Raised("bad_request", 400, new BadHttpRequestException("The request line is malformed.", 400)),
        Framework("bad_request", 400), Rule("below_minimum_quantity"), Rule("cart_changed"),
        Raised("cart_empty", 400, new BadRequestException("cart_empty", "The cart is empty.")), Rule("cart_full"),
        Raised("concurrent_update", 409, new DbUpdateConcurrencyException("The row changed.")),
        Framework("conflict", 409), Raised("currency_mismatch", 409, Catch(() => new Money(1, "USD").Add(new Money(1, "EUR")))),
        Raised("database_unavailable", 503, new DbUpdateException("Saving failed.", new SqliteException("database is locked", 5))),
        Raised("delivery_address_required", 400, new BadRequestException("delivery_address_required", "Give a deliveryAddress.", "deliveryAddress")),
        Raised("delivery_address_unlocated", 400, new UnlocatedDeliveryException()), Rule("delivery_not_offered"),
        Raised("email_reserved", 403, new ForbiddenException("email_reserved", "This email is reserved.")), Rule("email_taken"), Rule("empty_order"),
        Framework("error", 408), Framework("forbidden", 403), Rule("grower_cannot_accept_payments"),
        Raised("grower_profile_required", 403, new ForbiddenException("grower_profile_required", "Create your grower profile first.")),
        Written("idempotency_key_reused", 422, ErrorKind.Unprocessable), Rule("idempotency_request_in_progress"),
        Raised("image_too_large", 413, new ImageTooLargeException()), Rule("insufficient_reserved"), Rule("insufficient_stock"),
        Raised("internal_error", 500, new InvalidOperationException("A bug.")), Written("invalid_credentials", 401, ErrorKind.Unauthorized),
        Raised("invalid_cursor", 400, new BadRequestException("invalid_cursor", "The cursor is not one this endpoint issued.", "cursor")),
        Raised("invalid_event", 400, Invalid("invalid_event")), Written("invalid_idempotency_key", 400, ErrorKind.Validation),
        Raised("invalid_image", 400, new InvalidImageException("The image does not decode.")),
        Rule("invalid_price"), Rule("invalid_quantity"), Rule("invalid_rating"),
        Raised("invalid_signature", 401, new UnverifiedCallerException("X-VibeLux-Signature does not match this body.")),
        Raised("invalid_signature", 400, new InvalidWebhookException("The Stripe-Signature header does not match this body.")),
        Raised("invalid_transition", 409, new InvalidTransitionException("order", "delivered", "cancelled")),
        Rule("listing_not_active"), Rule("listing_not_available"),
        Raised("malformed_json", 400, new BadHttpRequestException("Bad body.", 400, new JsonException("Bad value.", "$.quantity", 1, 12))),
        Framework("method_not_allowed", 405),
        Raised("multiple_growers", 400, new DomainRuleException("multiple_growers", "One grower per order.", ErrorKind.Validation, "lines")),
        Rule("not_a_grower"), Raised("not_found", 404, new NotFoundException("Listing", Guid.Empty)), Framework("not_found", 404),
        Rule("outside_delivery_radius"), Rule("own_listing"),
        Raised("payload_too_large", 413, new BadHttpRequestException("Request body too large.", 413)),
        Raised("payment_rejected", 409, new PaymentRejectedException("The card was declined.")),
        Raised("payment_unavailable", 503, new PaymentProviderUnavailableException("Stripe could not be reached.")),
        Raised("precondition_failed", 412, new PreconditionFailedException("listing", "\"2\"")), Rule("price_required"),
        Written("rate_limited", 429, ErrorKind.RateLimited), Rule("refund_exceeds_paid"),
        Raised("role_required", 403, new ForbiddenException("role_required", "This action needs the 'grower' role.")),
        Raised("search_unavailable", 503, new SearchUnavailableException("Algolia answered 500.")),
        Raised("service_unavailable", 503, new ExternalServiceUnavailableException("VibeLux core could not be reached.")),
        Raised("sync_not_configured", 400, new BadRequestException("sync_not_configured", "Set Marketplace:Integration:VibeLuxApiUrl.")),
        Rule("too_many_images"), Raised("unauthorized", 401, new UnauthorizedAccessException("A bearer token is required.")),
        Raised("unknown_listing", 400, new BadRequestException("unknown_listing", "Listing does not exist.", "lines[0].listingId")),
        Raised("unsupported_currency", 400, new BadRequestException("unsupported_currency", "This marketplace trades in USD only.", "unitPrice.currency")),
        Raised("unsupported_image_type", 415, new UnsupportedImageException()),
        Raised("unsupported_media_type", 415, new BadHttpRequestException("Unsupported content type.", 415)),
        Written("unsupported_media_type", 415, ErrorKind.UnsupportedMediaType),
        Raised("validation_failed", 400, Invalid(RequestValidationException.DefaultCode)),
    ];

    [Fact]
    public void EveryDocumentedCode_HasARow_AndEveryRowADocumentedCode()
    {
        var documented = JsonNode.Parse(File.ReadAllText(OpenApiContract.CommittedPath))!["components"]!["schemas"]!["ProblemCode"]!["enum"]!.AsArray()
            .Select(c => c!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var rows = Rows.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

        Assert.True(documented.Count >= 60, $"The committed ProblemCode enum has only {documented.Count} codes");
        Assert.Empty(documented.Except(rows));
        Assert.Empty(rows.Except(documented));
    }

    [Fact]
    public void EveryDocumentedCode_AnswersWithItsDocumentedStatus()
    {
        Assert.NotEmpty(Rows);
        var wrong = Rows
            .Select(r => (Row: r, Answer: r.Answer()))
            .Where(x => x.Answer != (x.Row.Status, x.Row.Code))
            .Select(x => $"{x.Row.Code} ({x.Row.RaisedBy}) answers {x.Answer.Status} {x.Answer.Code}, documented {x.Row.Status}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void EveryErrorKind_HasAStatus()
    {
        var kinds = Enum.GetValues<ErrorKind>();

        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.InRange(ErrorStatuses.Of(k), 400, 599));
        Assert.Equal(kinds.Length, kinds.Select(ErrorStatuses.Of).Distinct().Count());
    }

    [Fact]
    public void CodesThatNeedAHeader_GetIt()
    {
        var unauthorized = new DefaultHttpContext();
        ErrorStatuses.AddHeaders(unauthorized.Response, "unauthorized");
        var unavailable = new DefaultHttpContext();
        ErrorStatuses.AddHeaders(unavailable.Response, ErrorStatuses.DatabaseUnavailable);
        var conflict = new DefaultHttpContext();
        ErrorStatuses.AddHeaders(conflict.Response, "insufficient_stock");

        Assert.Equal("Bearer", unauthorized.Response.Headers.WWWAuthenticate.ToString());
        Assert.Equal("5", unavailable.Response.Headers.RetryAfter.ToString());
        Assert.Empty(conflict.Response.Headers);
    }

    [Fact]
    public void FieldErrors_NameTheFieldAsTheClientSentIt()
    {
        var validation = ProblemMapping.For(new RequestValidationException(RequestValidationException.DefaultCode,
            [new ValidationFailure("Body.UnitPrice.Amount", "Must be greater than 0."), new ValidationFailure("Lines[0].Quantity", "Too many.")]));
        var unlocated = ProblemMapping.For(new UnlocatedDeliveryException());

        Assert.Equal(["unitPrice.amount", "lines[0].quantity"], validation.Errors!.Keys);
        Assert.Equal("One or more fields are not valid.", validation.Detail);
        Assert.Equal([new UnlocatedDeliveryException().Message], unlocated.Errors!["deliveryAddress"]);
    }

    /// <summary>A domain rule with the default kind, a conflict with the resource's state.</summary>
    private static Row Rule(string code) => Raised(code, 409, new DomainRuleException(code, "The rule refused the change."));

    private static Row Raised(string code, int status, Exception exception) =>
        new(code, status, exception.GetType().Name, () => (ProblemMapping.For(exception).Status, ProblemMapping.For(exception).Code));

    /// <summary>A problem the Api writes itself (rate limiter, idempotency filter, auth endpoints), by its kind.</summary>
    private static Row Written(string code, int status, ErrorKind kind) => new(code, status, $"written as {kind}", () => (ErrorStatuses.Of(kind), code));

    /// <summary>A problem the framework writes with a status and no code (an unknown route, a wrong method).</summary>
    private static Row Framework(string code, int status) =>
        new(code, status, "the framework", () => (status, ProblemResponses.DefaultCode(status)));

    private static RequestValidationException Invalid(string code) => new(code, [new ValidationFailure("Quantity", "Must be greater than 0.")]);

    private static Exception Catch(Action act)
    {
        try
        {
            act();
        }
        catch (Exception e)
        {
            return e;
        }
        throw new InvalidOperationException("The action was expected to throw.");
    }
}
