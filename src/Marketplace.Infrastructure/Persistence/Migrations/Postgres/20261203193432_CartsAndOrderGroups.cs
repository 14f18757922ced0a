using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CartsAndOrderGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "order_group_id",
                table: "marketplace_orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "transfer_reference",
                table: "marketplace_orders",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "transfer_reversed",
                table: "marketplace_orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "marketplace_carts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    buyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_carts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_order_groups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    buyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    total = table.Column<long>(type: "bigint", nullable: false),
                    order_ids = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    payment_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    payment_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    charge_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_order_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_cart_lines",
                columns: table => new
                {
                    listing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cart_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    seen_unit_price_amount = table.Column<long>(type: "bigint", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_cart_lines", x => new { x.cart_id, x.listing_id });
                    table.ForeignKey(
                        name: "fk_marketplace_cart_lines_marketplace_carts_cart_id",
                        column: x => x.cart_id,
                        principalTable: "marketplace_carts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_orders_order_group_id",
                table: "marketplace_orders",
                column: "order_group_id");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_carts_buyer_id",
                table: "marketplace_carts",
                column: "buyer_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_order_groups_buyer_id_created_at",
                table: "marketplace_order_groups",
                columns: new[] { "buyer_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_order_groups_payment_reference",
                table: "marketplace_order_groups",
                column: "payment_reference");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marketplace_cart_lines");

            migrationBuilder.DropTable(
                name: "marketplace_order_groups");

            migrationBuilder.DropTable(
                name: "marketplace_carts");

            migrationBuilder.DropIndex(
                name: "ix_marketplace_orders_order_group_id",
                table: "marketplace_orders");

            migrationBuilder.DropColumn(
                name: "order_group_id",
                table: "marketplace_orders");

            migrationBuilder.DropColumn(
                name: "transfer_reference",
                table: "marketplace_orders");

            migrationBuilder.DropColumn(
                name: "transfer_reversed",
                table: "marketplace_orders");
        }
    }
}
