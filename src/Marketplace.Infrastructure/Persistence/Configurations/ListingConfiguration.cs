using Marketplace.Domain.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> listing)
    {
        listing.ToTable("marketplace_listings");
        listing.HasKey(l => l.Id);
        listing.Property(l => l.Id).ValueGeneratedNever();
        listing.Property(l => l.Version).IsConcurrencyToken();

        listing.Property(l => l.FarmName).HasMaxLength(120);
        listing.Property(l => l.Title).HasMaxLength(120);
        listing.Property(l => l.ProductType).HasMaxLength(60);
        listing.Property(l => l.Variety).HasMaxLength(60);
        listing.Property(l => l.Description).HasMaxLength(4000);
        listing.Property(l => l.SearchText).HasMaxLength(4600);
        listing.Property(l => l.Category).HasConversion<EnumCodeConverter<Category>>().HasMaxLength(32);
        listing.Property(l => l.GrowingMethod).HasConversion<EnumCodeConverter<GrowingMethod>>().HasMaxLength(32);
        listing.Property(l => l.Grade).HasConversion<EnumCodeConverter<Grade>>().HasMaxLength(8);
        listing.Property(l => l.Unit).HasConversion<EnumCodeConverter<Unit>>().HasMaxLength(16);
        listing.Property(l => l.Status).HasConversion<EnumCodeConverter<ListingStatus>>().HasMaxLength(16);
        listing.Property(l => l.Currency).HasMaxLength(3).IsFixedLength();
        listing.Property(l => l.City).HasMaxLength(100);
        listing.Property(l => l.State).HasMaxLength(50);
        listing.Property(l => l.PostalCode).HasMaxLength(20);
        listing.PrimitiveCollection(l => l.Certifications);
        listing.Property(l => l.BulkDiscounts).HasJsonConversion().HasMaxLength(2000);
        listing.Property(l => l.Sustainability).HasJsonConversion().HasMaxLength(500);

        foreach (var quantity in new[] { nameof(Listing.OnHand), nameof(Listing.Reserved), nameof(Listing.MinimumOrderQuantity), nameof(Listing.LowStockThreshold) })
            listing.Property(quantity).HasPrecision(18, 3);
        listing.Property(l => l.DeliveryRadiusMiles).HasPrecision(8, 2);

        listing.Ignore(l => l.Available);
        listing.Ignore(l => l.UnitPrice);
        listing.Ignore(l => l.Delivery);
        listing.Ignore(l => l.Location);
        listing.Ignore(l => l.DomainEvents);
        listing.Ignore(l => l.NewMovements);
        listing.Property(l => l.ImageCount);
        listing.Property(l => l.SourceHarvestId).HasMaxLength(100);
        listing.HasIndex(l => l.SourceHarvestId).IsUnique().HasFilter("source_harvest_id IS NOT NULL");

        // The board: every query filters on status; each sort has an index that ends in the id tie-breaker.
        listing.HasIndex(l => new { l.Status, l.CreatedAt, l.Id });
        listing.HasIndex(l => new { l.Status, l.UnitPriceAmount, l.Id });
        listing.HasIndex(l => new { l.Status, l.Category, l.UnitPriceAmount, l.Id });
        listing.HasIndex(l => new { l.Status, l.HarvestDate, l.Id });
        listing.HasIndex(l => new { l.Status, l.GrowerRating, l.Id });
        listing.HasIndex(l => new { l.Status, l.Latitude, l.Longitude });
        listing.HasIndex(l => new { l.GrowerId, l.Status });

        listing.HasMany<StockMovement>().WithOne().HasForeignKey(m => m.ListingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> movement)
    {
        movement.ToTable("marketplace_stock_movements");
        movement.HasKey(m => m.Id);
        movement.Property(m => m.Id).ValueGeneratedNever();
        movement.Property(m => m.Kind).HasConversion<EnumCodeConverter<StockMovementKind>>().HasMaxLength(16);
        movement.Property(m => m.Quantity).HasPrecision(18, 3);
        movement.Property(m => m.OnHandAfter).HasPrecision(18, 3);
        movement.Property(m => m.ReservedAfter).HasPrecision(18, 3);
        movement.Property(m => m.Reason).HasMaxLength(500);
        // One line per sequence number: two writers racing on a listing's ledger cannot both succeed.
        movement.HasIndex(m => new { m.ListingId, m.Sequence }).IsUnique();
    }
}
