using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StandingOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source_key",
                table: "marketplace_order_groups",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "marketplace_standing_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    buyer_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    frequency = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    first_delivery_date = table.Column<DateOnly>(type: "date", nullable: false),
                    lead_days = table.Column<int>(type: "int", nullable: false),
                    delivery_method = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    delivery_address = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    notes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    partial = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    time_zone_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    skip_next = table.Column<bool>(type: "bit", nullable: false),
                    cycles = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    claimed_until = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_standing_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_standing_order_lines",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    listing_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    quantity = table.Column<int>(type: "int", nullable: false),
                    standing_order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_standing_order_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_marketplace_standing_order_lines_marketplace_standing_orders_standing_order_id",
                        column: x => x.standing_order_id,
                        principalTable: "marketplace_standing_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_order_groups_source_key",
                table: "marketplace_order_groups",
                column: "source_key",
                unique: true,
                filter: "[source_key] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_standing_order_lines_listing_id",
                table: "marketplace_standing_order_lines",
                column: "listing_id");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_standing_order_lines_standing_order_id",
                table: "marketplace_standing_order_lines",
                column: "standing_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_standing_orders_buyer_id_created_at_id",
                table: "marketplace_standing_orders",
                columns: new[] { "buyer_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_standing_orders_status_due_at",
                table: "marketplace_standing_orders",
                columns: new[] { "status", "due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marketplace_standing_order_lines");

            migrationBuilder.DropTable(
                name: "marketplace_standing_orders");

            migrationBuilder.DropIndex(
                name: "ix_marketplace_order_groups_source_key",
                table: "marketplace_order_groups");

            migrationBuilder.DropColumn(
                name: "source_key",
                table: "marketplace_order_groups");
        }
    }
}
