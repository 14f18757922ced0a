using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "marketplace_standing_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    buyer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    frequency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    first_delivery_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    lead_days = table.Column<int>(type: "INTEGER", nullable: false),
                    delivery_method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    delivery_address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    partial = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    time_zone_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    skip_next = table.Column<bool>(type: "INTEGER", nullable: false),
                    cycles = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: true),
                    claimed_until = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_standing_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_standing_order_lines",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    listing_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    standing_order_id = table.Column<Guid>(type: "TEXT", nullable: false)
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
                unique: true);

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
