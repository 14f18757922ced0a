using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BoardFullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "marketplace_search_terms",
                columns: table => new
                {
                    term = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    length = table.Column<int>(type: "int", nullable: false),
                    prefix = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    suffix = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    listings = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_search_terms", x => x.term);
                });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_search_terms_prefix_length",
                table: "marketplace_search_terms",
                columns: new[] { "prefix", "length" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_search_terms_suffix_length",
                table: "marketplace_search_terms",
                columns: new[] { "suffix", "length" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marketplace_search_terms");
        }
    }
}
