using Marketplace.Domain.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class ListingImageConfiguration : IEntityTypeConfiguration<ListingImage>
{
    public void Configure(EntityTypeBuilder<ListingImage> image)
    {
        image.ToTable("marketplace_listing_images");
        image.HasKey(i => i.Id);
        image.Property(i => i.Id).ValueGeneratedNever();
        image.Property(i => i.StorageKey).HasMaxLength(300);
        image.Property(i => i.ContentType).HasMaxLength(50);
        image.HasIndex(i => new { i.ListingId, i.Position });
        image.HasOne<Listing>().WithMany().HasForeignKey(i => i.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}
