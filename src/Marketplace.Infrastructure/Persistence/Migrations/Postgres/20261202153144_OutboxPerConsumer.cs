using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxPerConsumer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_marketplace_outbox_messages_aggregate_id_occurred_at",
                table: "marketplace_outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_marketplace_outbox_messages_status_occurred_at_ordinal",
                table: "marketplace_outbox_messages");

            migrationBuilder.DropColumn(
                name: "attempts",
                table: "marketplace_outbox_messages");

            migrationBuilder.DropColumn(
                name: "delivered_at",
                table: "marketplace_outbox_messages");

            migrationBuilder.DropColumn(
                name: "last_error",
                table: "marketplace_outbox_messages");

            migrationBuilder.DropColumn(
                name: "locked_by",
                table: "marketplace_outbox_messages");

            migrationBuilder.DropColumn(
                name: "locked_until",
                table: "marketplace_outbox_messages");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                table: "marketplace_outbox_messages");

            migrationBuilder.DropColumn(
                name: "status",
                table: "marketplace_outbox_messages");

            migrationBuilder.CreateTable(
                name: "marketplace_outbox_deliveries",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    aggregate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    locked_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_outbox_deliveries", x => new { x.message_id, x.consumer });
                    table.ForeignKey(
                        name: "fk_marketplace_outbox_deliveries_marketplace_outbox_messages_m",
                        column: x => x.message_id,
                        principalTable: "marketplace_outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_outbox_messages_occurred_at_id",
                table: "marketplace_outbox_messages",
                columns: new[] { "occurred_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_outbox_deliveries_consumer_aggregate_id_status_",
                table: "marketplace_outbox_deliveries",
                columns: new[] { "consumer", "aggregate_id", "status", "occurred_at", "ordinal" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_outbox_deliveries_consumer_status_next_attempt_",
                table: "marketplace_outbox_deliveries",
                columns: new[] { "consumer", "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_outbox_deliveries_locked_by",
                table: "marketplace_outbox_deliveries",
                column: "locked_by");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marketplace_outbox_deliveries");

            migrationBuilder.DropIndex(
                name: "ix_marketplace_outbox_messages_occurred_at_id",
                table: "marketplace_outbox_messages");

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "marketplace_outbox_messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "delivered_at",
                table: "marketplace_outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                table: "marketplace_outbox_messages",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "locked_by",
                table: "marketplace_outbox_messages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "locked_until",
                table: "marketplace_outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_attempt_at",
                table: "marketplace_outbox_messages",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "marketplace_outbox_messages",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_outbox_messages_aggregate_id_occurred_at",
                table: "marketplace_outbox_messages",
                columns: new[] { "aggregate_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_outbox_messages_status_occurred_at_ordinal",
                table: "marketplace_outbox_messages",
                columns: new[] { "status", "occurred_at", "ordinal" });
        }
    }
}
