using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProfileSmsContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "marketplace_grower_profiles",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "sms_opt_in",
                table: "marketplace_grower_profiles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "marketplace_buyer_profiles",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "sms_opt_in",
                table: "marketplace_buyer_profiles",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "phone",
                table: "marketplace_grower_profiles");

            migrationBuilder.DropColumn(
                name: "sms_opt_in",
                table: "marketplace_grower_profiles");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "marketplace_buyer_profiles");

            migrationBuilder.DropColumn(
                name: "sms_opt_in",
                table: "marketplace_buyer_profiles");
        }
    }
}
