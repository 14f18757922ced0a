namespace Marketplace.Api.OpenApi;

internal static class ApiDescription
{
    public const string Text = """
        The VibeLux Marketplace: controlled-environment growers list produce; restaurants, grocers and distributors buy it.

        **Auth.** Bearer JWTs issued by VibeLux (`sub`, `email`, `name`, roles `grower`, `buyer`, `admin` as `role` claims
        or a `roles` array).

        **Money** is `{ "amount": 2450, "currency": "USD" }` in minor units. **Quantities** are decimals with up to three places.
        **Enums** are lower-case strings. **Dates** are ISO 8601 dates; instants are UTC.

        **Errors** are RFC 9457 `application/problem+json` with a stable `code` and the `traceId`; validation errors add
        `errors` keyed by camelCase field path (`unitPrice.amount`). Codes include `validation_failed`, `malformed_json`,
        `invalid_cursor`, `unauthorized`, `role_required`, `grower_profile_required`, `not_found`, `invalid_transition`,
        `insufficient_stock`, `concurrent_update` and `precondition_failed`. Another user's private resource is always 404.
        Also: `email_reserved` (403, separate mode: registering an email listed in `Marketplace:Auth:Separate:AdminEmails`),
        `invalid_image` (400, an upload whose bytes do not decode as the image type they claim) and `database_unavailable`
        (503 with `Retry-After` in seconds, on any operation: the database refuses work for now; retrying is safe).

        **Concurrency.** Listings carry an `ETag`; send it as `If-Match` on `PUT` to get 412 instead of a lost update.

        **Paging.** List endpoints return `{ items, nextCursor }`; pass `nextCursor` back as `cursor`. Cursors are opaque
        and tied to the sort they were issued for.
        """;
}
