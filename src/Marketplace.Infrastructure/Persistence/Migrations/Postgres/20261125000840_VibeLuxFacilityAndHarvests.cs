using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VibeLuxFacilityAndHarvests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source_harvest_id",
                table: "marketplace_listings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "facility",
                table: "marketplace_grower_profiles",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_source_harvest_id",
                table: "marketplace_listings",
                column: "source_harvest_id",
                unique: true,
                filter: "source_harvest_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_marketplace_listings_source_harvest_id",
                table: "marketplace_listings");

            migrationBuilder.DropColumn(
                name: "source_harvest_id",
                table: "marketplace_listings");

            migrationBuilder.DropColumn(
                name: "facility",
                table: "marketplace_grower_profiles");
        }
    }
}
