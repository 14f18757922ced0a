using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OrdersReviewsIdempotency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "marketplace_order_numbers");

            migrationBuilder.AddColumn<int>(
                name: "rating_version",
                table: "marketplace_grower_profiles",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "marketplace_idempotency_keys",
                columns: table => new
                {
                    owner = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    request_hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "int", nullable: true),
                    response_body = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    location = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_idempotency_keys", x => new { x.owner, x.key });
                });

            migrationBuilder.CreateTable(
                name: "marketplace_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    buyer_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    grower_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    currency = table.Column<string>(type: "nchar(3)", fixedLength: true, maxLength: 3, nullable: false),
                    subtotal = table.Column<long>(type: "bigint", nullable: false),
                    delivery_fee = table.Column<long>(type: "bigint", nullable: false),
                    platform_fee = table.Column<long>(type: "bigint", nullable: false),
                    total = table.Column<long>(type: "bigint", nullable: false),
                    delivery = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    notes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    payment_status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    payment_reference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    amount_paid = table.Column<long>(type: "bigint", nullable: false),
                    amount_refunded = table.Column<long>(type: "bigint", nullable: false),
                    platform_fee_refunded = table.Column<long>(type: "bigint", nullable: false),
                    refunds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    timeline = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    cancellation_reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    confirm_by = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    buyer_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    grower_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    rating = table.Column<int>(type: "int", nullable: false),
                    comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_order_lines",
                columns: table => new
                {
                    listing_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    title = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    unit = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    unit_price_amount = table.Column<long>(type: "bigint", nullable: false),
                    quantity = table.Column<decimal>(type: "decimal(18,3)", precision: 18, scale: 3, nullable: false),
                    percent_off = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    line_total = table.Column<long>(type: "bigint", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_idempotency_keys_expires_at",
                table: "marketplace_idempotency_keys",
                column: "expires_at");

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
                name: "ix_marketplace_orders_sequence",
                table: "marketplace_orders",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_orders_status_created_at",
                table: "marketplace_orders",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_reviews_grower_id_created_at_id",
                table: "marketplace_reviews",
                columns: new[] { "grower_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_reviews_order_id",
                table: "marketplace_reviews",
                column: "order_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marketplace_idempotency_keys");

            migrationBuilder.DropTable(
                name: "marketplace_order_lines");

            migrationBuilder.DropTable(
                name: "marketplace_reviews");

            migrationBuilder.DropTable(
                name: "marketplace_orders");

            migrationBuilder.DropColumn(
                name: "rating_version",
                table: "marketplace_grower_profiles");

            migrationBuilder.DropSequence(
                name: "marketplace_order_numbers");
        }
    }
}
