using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class FavoriteGrowerConfiguration : IEntityTypeConfiguration<FavoriteGrower>
{
    public void Configure(EntityTypeBuilder<FavoriteGrower> favorite)
    {
        favorite.ToTable("marketplace_favorite_growers");
        // The key makes a second PUT of the same favorite one row, even when two arrive at once.
        favorite.HasKey(f => new { f.UserId, f.GrowerId });
    }
}

internal sealed class FavoriteListingConfiguration : IEntityTypeConfiguration<FavoriteListing>
{
    public void Configure(EntityTypeBuilder<FavoriteListing> favorite)
    {
        favorite.ToTable("marketplace_favorite_listings");
        favorite.HasKey(f => new { f.UserId, f.ListingId });
    }
}
