using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RequestMetrics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "marketplace_request_metrics",
                columns: table => new
                {
                    minute = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    route_group = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    instance = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    requests = table.Column<long>(type: "bigint", nullable: false),
                    server_errors = table.Column<long>(type: "bigint", nullable: false),
                    histogram = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_request_metrics", x => new { x.minute, x.route_group, x.instance });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marketplace_request_metrics");
        }
    }
}
