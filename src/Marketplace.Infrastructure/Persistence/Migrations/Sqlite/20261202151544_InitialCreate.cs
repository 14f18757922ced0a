using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "marketplace_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    roles = table.Column<string>(type: "TEXT", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    failed_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    locked_until = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_idempotency_keys",
                columns: table => new
                {
                    owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    response_body = table.Column<string>(type: "TEXT", nullable: true),
                    location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_idempotency_keys", x => new { x.owner, x.key });
                });

            migrationBuilder.CreateTable(
                name: "marketplace_inbox",
                columns: table => new
                {
                    consumer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    message_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    processed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_inbox", x => new { x.consumer, x.message_id });
                });

            migrationBuilder.CreateTable(
                name: "marketplace_listings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    grower_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    farm_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    product_type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    variety = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    growing_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    certifications = table.Column<string>(type: "TEXT", nullable: false),
                    grade = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    unit_price_amount = table.Column<long>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    bulk_discounts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    minimum_order_quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    low_stock_threshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    harvest_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    available_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    available_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    shelf_life_days = table.Column<int>(type: "INTEGER", nullable: true),
                    offers_pickup = table.Column<bool>(type: "INTEGER", nullable: false),
                    offers_delivery = table.Column<bool>(type: "INTEGER", nullable: false),
                    delivery_radius_miles = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    delivery_fee_amount = table.Column<long>(type: "INTEGER", nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: false),
                    longitude = table.Column<double>(type: "REAL", nullable: false),
                    cold_chain_required = table.Column<bool>(type: "INTEGER", nullable: false),
                    sustainability = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    on_hand = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    reserved = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    grower_rating = table.Column<double>(type: "REAL", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 4600, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    source_harvest_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    image_count = table.Column<int>(type: "INTEGER", nullable: false),
                    next_image_position = table.Column<int>(type: "INTEGER", nullable: false),
                    movement_count = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_listings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    buyer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    grower_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    subtotal = table.Column<long>(type: "INTEGER", nullable: false),
                    delivery_fee = table.Column<long>(type: "INTEGER", nullable: false),
                    platform_fee = table.Column<long>(type: "INTEGER", nullable: false),
                    total = table.Column<long>(type: "INTEGER", nullable: false),
                    delivery = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    payment_status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    payment_reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    amount_paid = table.Column<long>(type: "INTEGER", nullable: false),
                    amount_refunded = table.Column<long>(type: "INTEGER", nullable: false),
                    platform_fee_refunded = table.Column<long>(type: "INTEGER", nullable: false),
                    refunds = table.Column<string>(type: "TEXT", nullable: false),
                    timeline = table.Column<string>(type: "TEXT", nullable: false),
                    cancellation_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    flagged_for_review = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    paid_at = table.Column<long>(type: "INTEGER", nullable: true),
                    confirm_by = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    aggregate_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    data = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    locked_until = table.Column<long>(type: "INTEGER", nullable: true),
                    locked_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_request_metrics",
                columns: table => new
                {
                    minute = table.Column<long>(type: "INTEGER", nullable: false),
                    route_group = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    instance = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    requests = table.Column<long>(type: "INTEGER", nullable: false),
                    server_errors = table.Column<long>(type: "INTEGER", nullable: false),
                    histogram = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_request_metrics", x => new { x.minute, x.route_group, x.instance });
                });

            migrationBuilder.CreateTable(
                name: "marketplace_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    buyer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    grower_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rating = table.Column<int>(type: "INTEGER", nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_sync_state",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_since = table.Column<long>(type: "INTEGER", nullable: true),
                    last_run_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_sync_state", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_listing_images",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    listing_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    storage_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_listing_images", x => x.id);
                    table.ForeignKey(
                        name: "fk_marketplace_listing_images_marketplace_listings_listing_id",
                        column: x => x.listing_id,
                        principalTable: "marketplace_listings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_stock_movements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    listing_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    on_hand_after = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    reserved_after = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    by = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_stock_movements", x => x.id);
                    table.ForeignKey(
                        name: "fk_marketplace_stock_movements_marketplace_listings_listing_id",
                        column: x => x.listing_id,
                        principalTable: "marketplace_listings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_order_lines",
                columns: table => new
                {
                    listing_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    unit_price_amount = table.Column<long>(type: "INTEGER", nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    percent_off = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    line_total = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_order_lines", x => new { x.order_id, x.listing_id });
                    table.ForeignKey(
                        name: "fk_marketplace_order_lines_marketplace_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "marketplace_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_buyer_profiles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    business_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    business_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    delivery_address_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    delivery_address_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    delivery_address_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    delivery_address_state = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    delivery_address_postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    delivery_address_latitude = table.Column<double>(type: "REAL", nullable: true),
                    delivery_address_longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_buyer_profiles", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_marketplace_buyer_profiles_marketplace_users_user_id",
                        column: x => x.user_id,
                        principalTable: "marketplace_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_grower_profiles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    farm_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    growing_methods = table.Column<string>(type: "TEXT", nullable: false),
                    certifications = table.Column<string>(type: "TEXT", nullable: false),
                    facility_size_sq_ft = table.Column<int>(type: "INTEGER", nullable: true),
                    verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    review_count = table.Column<int>(type: "INTEGER", nullable: false),
                    rating_total = table.Column<int>(type: "INTEGER", nullable: false),
                    rating_version = table.Column<int>(type: "INTEGER", nullable: false),
                    facility = table.Column<string>(type: "TEXT", nullable: true),
                    payment_account_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    charges_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    payouts_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    details_submitted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_grower_profiles", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_marketplace_grower_profiles_marketplace_users_user_id",
                        column: x => x.user_id,
                        principalTable: "marketplace_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_accounts_email",
                table: "marketplace_accounts",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_grower_profiles_payment_account_id",
                table: "marketplace_grower_profiles",
                column: "payment_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_idempotency_keys_expires_at",
                table: "marketplace_idempotency_keys",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listing_images_listing_id_position",
                table: "marketplace_listing_images",
                columns: new[] { "listing_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_grower_id_status",
                table: "marketplace_listings",
                columns: new[] { "grower_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_source_harvest_id",
                table: "marketplace_listings",
                column: "source_harvest_id",
                unique: true,
                filter: "source_harvest_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_category_unit_price_amount_id",
                table: "marketplace_listings",
                columns: new[] { "status", "category", "unit_price_amount", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_created_at_id",
                table: "marketplace_listings",
                columns: new[] { "status", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_grower_rating_id",
                table: "marketplace_listings",
                columns: new[] { "status", "grower_rating", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_harvest_date_id",
                table: "marketplace_listings",
                columns: new[] { "status", "harvest_date", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_latitude_longitude",
                table: "marketplace_listings",
                columns: new[] { "status", "latitude", "longitude" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_unit_price_amount_id",
                table: "marketplace_listings",
                columns: new[] { "status", "unit_price_amount", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_order_lines_listing_id",
                table: "marketplace_order_lines",
                column: "listing_id");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_orders_buyer_id_created_at_id",
                table: "marketplace_orders",
                columns: new[] { "buyer_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_orders_grower_id_created_at_id",
                table: "marketplace_orders",
                columns: new[] { "grower_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_orders_grower_id_paid_at",
                table: "marketplace_orders",
                columns: new[] { "grower_id", "paid_at" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_orders_number",
                table: "marketplace_orders",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_orders_payment_reference",
                table: "marketplace_orders",
                column: "payment_reference");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_orders_sequence",
                table: "marketplace_orders",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_orders_status_created_at",
                table: "marketplace_orders",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_outbox_messages_aggregate_id_occurred_at",
                table: "marketplace_outbox_messages",
                columns: new[] { "aggregate_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_outbox_messages_status_occurred_at_ordinal",
                table: "marketplace_outbox_messages",
                columns: new[] { "status", "occurred_at", "ordinal" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_reviews_grower_id_created_at_id",
                table: "marketplace_reviews",
                columns: new[] { "grower_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_reviews_order_id",
                table: "marketplace_reviews",
                column: "order_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_stock_movements_listing_id_sequence",
                table: "marketplace_stock_movements",
                columns: new[] { "listing_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_users_external_id",
                table: "marketplace_users",
                column: "external_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marketplace_accounts");

            migrationBuilder.DropTable(
                name: "marketplace_buyer_profiles");

            migrationBuilder.DropTable(
                name: "marketplace_grower_profiles");

            migrationBuilder.DropTable(
                name: "marketplace_idempotency_keys");

            migrationBuilder.DropTable(
                name: "marketplace_inbox");

            migrationBuilder.DropTable(
                name: "marketplace_listing_images");

            migrationBuilder.DropTable(
                name: "marketplace_order_lines");

            migrationBuilder.DropTable(
                name: "marketplace_outbox_messages");

            migrationBuilder.DropTable(
                name: "marketplace_request_metrics");

            migrationBuilder.DropTable(
                name: "marketplace_reviews");

            migrationBuilder.DropTable(
                name: "marketplace_stock_movements");

            migrationBuilder.DropTable(
                name: "marketplace_sync_state");

            migrationBuilder.DropTable(
                name: "marketplace_users");

            migrationBuilder.DropTable(
                name: "marketplace_orders");

            migrationBuilder.DropTable(
                name: "marketplace_listings");
        }
    }
}
