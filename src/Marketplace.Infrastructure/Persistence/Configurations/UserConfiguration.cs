using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<MarketplaceUser>
{
    public void Configure(EntityTypeBuilder<MarketplaceUser> user)
    {
        user.ToTable("marketplace_users");
        user.HasKey(u => u.Id);
        user.Property(u => u.Id).ValueGeneratedNever();
        user.Property(u => u.ExternalId).HasMaxLength(200);
        user.HasIndex(u => u.ExternalId).IsUnique();
        user.Property(u => u.Email).HasMaxLength(320);
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Ignore(u => u.DomainEvents);

        user.OwnsOne(u => u.GrowerProfile, grower =>
        {
            grower.ToTable("marketplace_grower_profiles");
            grower.WithOwner().HasForeignKey("user_id");
            grower.Property(g => g.FarmName).HasMaxLength(120);
            grower.Property(g => g.Description).HasMaxLength(4000);
            grower.Property(g => g.City).HasMaxLength(100);
            grower.Property(g => g.State).HasMaxLength(50);
            grower.Property(g => g.PostalCode).HasMaxLength(20);
            grower.PrimitiveCollection(g => g.GrowingMethods)
                .ElementType(e => e.HasConversion<EnumCodeConverter<GrowingMethod>>());
            grower.PrimitiveCollection(g => g.Certifications);
            grower.Ignore(g => g.AverageRating);
            grower.Property(g => g.RatingVersion).IsConcurrencyToken();
            grower.Property(g => g.PaymentAccountId).HasMaxLength(100);
            grower.Property(g => g.Facility).HasJsonConversion();
            grower.HasIndex(g => g.PaymentAccountId);
            grower.Property(g => g.Phone).HasMaxLength(16);
            grower.Ignore(g => g.TextableNumber);
        });

        user.OwnsOne(u => u.BuyerProfile, buyer =>
        {
            buyer.ToTable("marketplace_buyer_profiles");
            buyer.WithOwner().HasForeignKey("user_id");
            buyer.Property(b => b.BusinessName).HasMaxLength(120);
            buyer.Property(b => b.BusinessType).HasConversion<EnumCodeConverter<BusinessType>>().HasMaxLength(32);
            buyer.Property(b => b.Phone).HasMaxLength(16);
            buyer.Ignore(b => b.TextableNumber);
            buyer.OwnsOne(b => b.DeliveryAddress, address =>
            {
                address.Property(a => a.Line1).HasMaxLength(200);
                address.Property(a => a.Line2).HasMaxLength(200);
                address.Property(a => a.City).HasMaxLength(100);
                address.Property(a => a.State).HasMaxLength(50);
                address.Property(a => a.PostalCode).HasMaxLength(20);
            });
        });
    }
}
