using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "marketplace_listings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    grower_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    farm_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    product_type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    variety = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    growing_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    certifications = table.Column<string>(type: "TEXT", nullable: false),
                    grade = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    unit_price_amount = table.Column<long>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    bulk_discounts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    minimum_order_quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    low_stock_threshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    harvest_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    available_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    available_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    shelf_life_days = table.Column<int>(type: "INTEGER", nullable: true),
                    offers_pickup = table.Column<bool>(type: "INTEGER", nullable: false),
                    offers_delivery = table.Column<bool>(type: "INTEGER", nullable: false),
                    delivery_radius_miles = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    delivery_fee_amount = table.Column<long>(type: "INTEGER", nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: false),
                    longitude = table.Column<double>(type: "REAL", nullable: false),
                    cold_chain_required = table.Column<bool>(type: "INTEGER", nullable: false),
                    sustainability = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    on_hand = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    reserved = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    grower_rating = table.Column<double>(type: "REAL", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 4600, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    movement_count = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_listings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_stock_movements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    listing_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    on_hand_after = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    reserved_after = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    by = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_stock_movements", x => x.id);
                    table.ForeignKey(
                        name: "fk_marketplace_stock_movements_marketplace_listings_listing_id",
                        column: x => x.listing_id,
                        principalTable: "marketplace_listings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_buyer_profiles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    business_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    business_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    delivery_address_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    delivery_address_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    delivery_address_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    delivery_address_state = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    delivery_address_postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    delivery_address_latitude = table.Column<double>(type: "REAL", nullable: true),
                    delivery_address_longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_buyer_profiles", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_marketplace_buyer_profiles_marketplace_users_user_id",
                        column: x => x.user_id,
                        principalTable: "marketplace_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "marketplace_grower_profiles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    farm_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    growing_methods = table.Column<string>(type: "TEXT", nullable: false),
                    certifications = table.Column<string>(type: "TEXT", nullable: false),
                    facility_size_sq_ft = table.Column<int>(type: "INTEGER", nullable: true),
                    verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    review_count = table.Column<int>(type: "INTEGER", nullable: false),
                    rating_total = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketplace_grower_profiles", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_marketplace_grower_profiles_marketplace_users_user_id",
                        column: x => x.user_id,
                        principalTable: "marketplace_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_grower_id_status",
                table: "marketplace_listings",
                columns: new[] { "grower_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_category_unit_price_amount_id",
                table: "marketplace_listings",
                columns: new[] { "status", "category", "unit_price_amount", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_created_at_id",
                table: "marketplace_listings",
                columns: new[] { "status", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_grower_rating_id",
                table: "marketplace_listings",
                columns: new[] { "status", "grower_rating", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_harvest_date_id",
                table: "marketplace_listings",
                columns: new[] { "status", "harvest_date", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_latitude_longitude",
                table: "marketplace_listings",
                columns: new[] { "status", "latitude", "longitude" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_listings_status_unit_price_amount_id",
                table: "marketplace_listings",
                columns: new[] { "status", "unit_price_amount", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_stock_movements_listing_id_sequence",
                table: "marketplace_stock_movements",
                columns: new[] { "listing_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_marketplace_users_external_id",
                table: "marketplace_users",
                column: "external_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marketplace_buyer_profiles");

            migrationBuilder.DropTable(
                name: "marketplace_grower_profiles");

            migrationBuilder.DropTable(
                name: "marketplace_stock_movements");

            migrationBuilder.DropTable(
                name: "marketplace_users");

            migrationBuilder.DropTable(
                name: "marketplace_listings");
        }
    }
}
