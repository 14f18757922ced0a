using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BoardFullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_marketplace_listings_board_gin",
                table: "marketplace_listings");

            migrationBuilder.DropIndex(
                name: "ix_marketplace_listings_search_text_trgm",
                table: "marketplace_listings");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "marketplace_search_terms",
                columns: table => new
                {
                    term = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false),
                    prefix = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    suffix = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    listings = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_search_terms", x => x.term);
                });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_board_gin",
                table: "marketplace_listings",
                columns: new[] { "category", "certifications" },
                filter: "status = 'active'")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_ops", "array_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_search_terms_prefix_length",
                table: "marketplace_search_terms",
                columns: new[] { "prefix", "length" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_search_terms_suffix_length",
                table: "marketplace_search_terms",
                columns: new[] { "suffix", "length" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_search_terms_term_trgm",
                table: "marketplace_search_terms",
                column: "term")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            // unaccent() is STABLE (its dictionary could change), and a generated column needs IMMUTABLE functions:
            // this wrapper names the dictionary explicitly and is declared IMMUTABLE (docs/decisions/0039).
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION marketplace_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE marketplace_listings ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english'::regconfig, marketplace_unaccent(coalesce(title, ''))), 'A')
                    || setweight(to_tsvector('english'::regconfig, marketplace_unaccent(coalesce(product_type, '') || ' ' || coalesce(variety, ''))), 'B')
                    || setweight(to_tsvector('english'::regconfig, marketplace_unaccent(coalesce(farm_name, '') || ' ' || coalesce(city, ''))), 'C')
                    || setweight(to_tsvector('english'::regconfig, marketplace_unaccent(coalesce(description, ''))), 'D')
                ) STORED;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_marketplace_listings_search_vector ON marketplace_listings USING gin (search_vector);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE marketplace_listings DROP COLUMN search_vector;");
            migrationBuilder.Sql("DROP FUNCTION marketplace_unaccent(text);");

            migrationBuilder.DropTable(
                name: "marketplace_search_terms");

            migrationBuilder.DropIndex(
                name: "ix_marketplace_listings_board_gin",
                table: "marketplace_listings");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_board_gin",
                table: "marketplace_listings",
                columns: new[] { "category", "certifications", "search_text" },
                filter: "status = 'active'")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_ops", "array_ops", "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_search_text_trgm",
                table: "marketplace_listings",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }
    }
}
