using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StripeConnectAndInbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "flagged_for_review",
                table: "marketplace_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "charges_enabled",
                table: "marketplace_grower_profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "details_submitted",
                table: "marketplace_grower_profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "payment_account_id",
                table: "marketplace_grower_profiles",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "payouts_enabled",
                table: "marketplace_grower_profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_orders_payment_reference",
                table: "marketplace_orders",
                column: "payment_reference");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_grower_profiles_payment_account_id",
                table: "marketplace_grower_profiles",
                column: "payment_account_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marketplace_inbox");

            migrationBuilder.DropIndex(
                name: "ix_marketplace_orders_payment_reference",
                table: "marketplace_orders");

            migrationBuilder.DropIndex(
                name: "ix_marketplace_grower_profiles_payment_account_id",
                table: "marketplace_grower_profiles");

            migrationBuilder.DropColumn(
                name: "flagged_for_review",
                table: "marketplace_orders");

            migrationBuilder.DropColumn(
                name: "charges_enabled",
                table: "marketplace_grower_profiles");

            migrationBuilder.DropColumn(
                name: "details_submitted",
                table: "marketplace_grower_profiles");

            migrationBuilder.DropColumn(
                name: "payment_account_id",
                table: "marketplace_grower_profiles");

            migrationBuilder.DropColumn(
                name: "payouts_enabled",
                table: "marketplace_grower_profiles");
        }
    }
}
