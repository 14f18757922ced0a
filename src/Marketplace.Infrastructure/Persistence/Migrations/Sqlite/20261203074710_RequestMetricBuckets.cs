using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RequestMetricBuckets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "latency_over_2500ms",
                table: "marketplace_request_metrics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_1000ms",
                table: "marketplace_request_metrics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_100ms",
                table: "marketplace_request_metrics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_10ms",
                table: "marketplace_request_metrics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_2500ms",
                table: "marketplace_request_metrics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_250ms",
                table: "marketplace_request_metrics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_25ms",
                table: "marketplace_request_metrics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_500ms",
                table: "marketplace_request_metrics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_50ms",
                table: "marketplace_request_metrics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_5ms",
                table: "marketplace_request_metrics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // The comma-separated histogram becomes one column per bucket; its numbers are read as a JSON array.
            migrationBuilder.Sql(@"UPDATE marketplace_request_metrics SET
    latency_up_to_5ms = COALESCE(json_extract('[' || histogram || ']', '$[0]'), 0),
    latency_up_to_10ms = COALESCE(json_extract('[' || histogram || ']', '$[1]'), 0),
    latency_up_to_25ms = COALESCE(json_extract('[' || histogram || ']', '$[2]'), 0),
    latency_up_to_50ms = COALESCE(json_extract('[' || histogram || ']', '$[3]'), 0),
    latency_up_to_100ms = COALESCE(json_extract('[' || histogram || ']', '$[4]'), 0),
    latency_up_to_250ms = COALESCE(json_extract('[' || histogram || ']', '$[5]'), 0),
    latency_up_to_500ms = COALESCE(json_extract('[' || histogram || ']', '$[6]'), 0),
    latency_up_to_1000ms = COALESCE(json_extract('[' || histogram || ']', '$[7]'), 0),
    latency_up_to_2500ms = COALESCE(json_extract('[' || histogram || ']', '$[8]'), 0),
    latency_over_2500ms = COALESCE(json_extract('[' || histogram || ']', '$[9]'), 0)
WHERE histogram <> '';");

            migrationBuilder.DropColumn(
                name: "histogram",
                table: "marketplace_request_metrics");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "histogram",
                table: "marketplace_request_metrics",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(@"UPDATE marketplace_request_metrics SET histogram = latency_up_to_5ms || ',' || latency_up_to_10ms || ',' || latency_up_to_25ms || ',' || latency_up_to_50ms || ',' || latency_up_to_100ms || ',' || latency_up_to_250ms || ',' || latency_up_to_500ms || ',' || latency_up_to_1000ms || ',' || latency_up_to_2500ms || ',' || latency_over_2500ms;");

            migrationBuilder.DropColumn(
                name: "latency_over_2500ms",
                table: "marketplace_request_metrics");

            migrationBuilder.DropColumn(
                name: "latency_up_to_1000ms",
                table: "marketplace_request_metrics");

            migrationBuilder.DropColumn(
                name: "latency_up_to_100ms",
                table: "marketplace_request_metrics");

            migrationBuilder.DropColumn(
                name: "latency_up_to_10ms",
                table: "marketplace_request_metrics");

            migrationBuilder.DropColumn(
                name: "latency_up_to_2500ms",
                table: "marketplace_request_metrics");

            migrationBuilder.DropColumn(
                name: "latency_up_to_250ms",
                table: "marketplace_request_metrics");

            migrationBuilder.DropColumn(
                name: "latency_up_to_25ms",
                table: "marketplace_request_metrics");

            migrationBuilder.DropColumn(
                name: "latency_up_to_500ms",
                table: "marketplace_request_metrics");

            migrationBuilder.DropColumn(
                name: "latency_up_to_50ms",
                table: "marketplace_request_metrics");

            migrationBuilder.DropColumn(
                name: "latency_up_to_5ms",
                table: "marketplace_request_metrics");
        }
    }
}
