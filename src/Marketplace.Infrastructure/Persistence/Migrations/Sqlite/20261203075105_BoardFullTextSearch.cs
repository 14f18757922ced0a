using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
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
                    term = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    length = table.Column<int>(type: "INTEGER", nullable: false),
                    prefix = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    suffix = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    listings = table.Column<int>(type: "INTEGER", nullable: false)
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

            // The board's full-text index (docs/decisions/0039): one FTS5 row per listing, written by triggers in the
            // statement that changes the listing. A migration that rebuilds marketplace_listings must create them again.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE marketplace_listings_fts USING fts5(
                    title, product_type, variety, farm_name, city, description, listing_id UNINDEXED,
                    tokenize = 'porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                INSERT INTO marketplace_listings_fts (title, product_type, variety, farm_name, city, description, listing_id)
                SELECT title, product_type, variety, farm_name, city, description, id FROM marketplace_listings;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER marketplace_listings_fts_insert AFTER INSERT ON marketplace_listings BEGIN
                    INSERT INTO marketplace_listings_fts (title, product_type, variety, farm_name, city, description, listing_id)
                    VALUES (new.title, new.product_type, new.variety, new.farm_name, new.city, new.description, new.id);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER marketplace_listings_fts_update
                AFTER UPDATE OF title, product_type, variety, farm_name, city, description ON marketplace_listings BEGIN
                    DELETE FROM marketplace_listings_fts WHERE listing_id = old.id;
                    INSERT INTO marketplace_listings_fts (title, product_type, variety, farm_name, city, description, listing_id)
                    VALUES (new.title, new.product_type, new.variety, new.farm_name, new.city, new.description, new.id);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER marketplace_listings_fts_delete AFTER DELETE ON marketplace_listings BEGIN
                    DELETE FROM marketplace_listings_fts WHERE listing_id = old.id;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER marketplace_listings_fts_insert;");
            migrationBuilder.Sql("DROP TRIGGER marketplace_listings_fts_update;");
            migrationBuilder.Sql("DROP TRIGGER marketplace_listings_fts_delete;");
            migrationBuilder.Sql("DROP TABLE marketplace_listings_fts;");

            migrationBuilder.DropTable(
                name: "marketplace_search_terms");
        }
    }
}
