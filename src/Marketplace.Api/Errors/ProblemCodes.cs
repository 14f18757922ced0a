namespace Marketplace.Api.Errors;

/// <summary>
/// Every <c>code</c> a problem can carry, published as the OpenAPI enum <c>ProblemCode</c> so that generated clients can
/// switch on it. The functional tests check each problem they receive against that enum, so a code added in the code
/// and not here fails a test.
/// </summary>
public static class ProblemCodes
{
    public static readonly IReadOnlyList<string> All =
    [
        "account_locked", "action_not_allowed", "already_exists", "already_reviewed", "bad_request", "below_minimum_quantity",
        "cart_changed", "cart_empty", "cart_full",
        "concurrent_update", "conflict", "currency_mismatch", "database_unavailable", "delivery_address_required",
        "delivery_address_unlocated", "delivery_not_offered", "email_reserved", "email_taken", "empty_order", "error",
        "forbidden", "grower_cannot_accept_payments", "grower_profile_required", "idempotency_key_reused",
        "idempotency_request_in_progress", "image_too_large", "insufficient_reserved", "insufficient_stock",
        "internal_error", "invalid_credentials", "invalid_cursor", "invalid_event", "invalid_idempotency_key",
        "invalid_image", "invalid_price", "invalid_quantity", "invalid_rating", "invalid_signature",
        "invalid_transition", "listing_not_active", "listing_not_available", "malformed_json", "method_not_allowed",
        "multiple_growers", "not_a_grower", "not_found", "outside_delivery_radius", "own_listing", "payload_too_large",
        "payment_rejected", "payment_unavailable", "precondition_failed", "price_required", "rate_limited",
        "refund_exceeds_paid", "role_required", "search_unavailable", "service_unavailable", "sync_not_configured",
        "too_many_images", "unauthorized", "unknown_listing", "unsupported_currency", "unsupported_image_type",
        "unsupported_media_type", "validation_failed",
    ];
}
