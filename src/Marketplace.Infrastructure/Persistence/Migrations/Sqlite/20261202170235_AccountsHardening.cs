using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountsHardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "failed_attempts",
                table: "marketplace_accounts");

            migrationBuilder.DropColumn(
                name: "locked_until",
                table: "marketplace_accounts");

            migrationBuilder.CreateTable(
                name: "marketplace_login_throttles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    failed_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    locked_until = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_login_throttles", x => x.id);
                    table.ForeignKey(
                        name: "fk_marketplace_login_throttles_marketplace_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "marketplace_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_login_throttles_account_id_client_address",
                table: "marketplace_login_throttles",
                columns: new[] { "account_id", "client_address" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marketplace_login_throttles");

            migrationBuilder.AddColumn<int>(
                name: "failed_attempts",
                table: "marketplace_accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "locked_until",
                table: "marketplace_accounts",
                type: "INTEGER",
                nullable: true);
        }
    }
}
