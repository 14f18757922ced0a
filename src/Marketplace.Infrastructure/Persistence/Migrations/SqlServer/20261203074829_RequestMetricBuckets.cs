using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_1000ms",
                table: "marketplace_request_metrics",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_100ms",
                table: "marketplace_request_metrics",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_10ms",
                table: "marketplace_request_metrics",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_2500ms",
                table: "marketplace_request_metrics",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_250ms",
                table: "marketplace_request_metrics",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_25ms",
                table: "marketplace_request_metrics",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_500ms",
                table: "marketplace_request_metrics",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_50ms",
                table: "marketplace_request_metrics",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "latency_up_to_5ms",
                table: "marketplace_request_metrics",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // The comma-separated histogram becomes one column per bucket; its numbers are read as a JSON array.
            migrationBuilder.Sql(@"UPDATE marketplace_request_metrics SET
    latency_up_to_5ms = COALESCE(CAST(JSON_VALUE('[' + histogram + ']', '$[0]') AS bigint), 0),
    latency_up_to_10ms = COALESCE(CAST(JSON_VALUE('[' + histogram + ']', '$[1]') AS bigint), 0),
    latency_up_to_25ms = COALESCE(CAST(JSON_VALUE('[' + histogram + ']', '$[2]') AS bigint), 0),
    latency_up_to_50ms = COALESCE(CAST(JSON_VALUE('[' + histogram + ']', '$[3]') AS bigint), 0),
    latency_up_to_100ms = COALESCE(CAST(JSON_VALUE('[' + histogram + ']', '$[4]') AS bigint), 0),
    latency_up_to_250ms = COALESCE(CAST(JSON_VALUE('[' + histogram + ']', '$[5]') AS bigint), 0),
    latency_up_to_500ms = COALESCE(CAST(JSON_VALUE('[' + histogram + ']', '$[6]') AS bigint), 0),
    latency_up_to_1000ms = COALESCE(CAST(JSON_VALUE('[' + histogram + ']', '$[7]') AS bigint), 0),
    latency_up_to_2500ms = COALESCE(CAST(JSON_VALUE('[' + histogram + ']', '$[8]') AS bigint), 0),
    latency_over_2500ms = COALESCE(CAST(JSON_VALUE('[' + histogram + ']', '$[9]') AS bigint), 0)
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
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(@"UPDATE marketplace_request_metrics SET histogram = CONCAT_WS(',', latency_up_to_5ms, latency_up_to_10ms, latency_up_to_25ms, latency_up_to_50ms, latency_up_to_100ms, latency_up_to_250ms, latency_up_to_500ms, latency_up_to_1000ms, latency_up_to_2500ms, latency_over_2500ms);");

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
