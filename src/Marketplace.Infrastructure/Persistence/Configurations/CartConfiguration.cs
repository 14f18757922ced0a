using Marketplace.Domain.Carts;
using Marketplace.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> cart)
    {
        cart.ToTable("marketplace_carts");
        cart.HasKey(c => c.Id);
        cart.Property(c => c.Id).ValueGeneratedNever();
        // One cart per buyer, even when two first requests arrive at once.
        cart.HasIndex(c => c.BuyerId).IsUnique();
        cart.Ignore(c => c.DomainEvents);
        cart.OwnsMany(c => c.Lines, line =>
        {
            line.ToTable("marketplace_cart_lines");
            line.WithOwner().HasForeignKey("cart_id");
            line.HasKey("cart_id", nameof(CartLine.ListingId));
            // The listing id is the client's, never generated: a line added to a stored cart is an insert.
            line.Property(l => l.ListingId).ValueGeneratedNever();
            line.Property(l => l.Quantity).HasPrecision(18, 3);
        });
    }
}

internal sealed class OrderGroupConfiguration : IEntityTypeConfiguration<OrderGroup>
{
    public void Configure(EntityTypeBuilder<OrderGroup> group)
    {
        group.ToTable("marketplace_order_groups");
        group.HasKey(g => g.Id);
        group.Property(g => g.Id).ValueGeneratedNever();
        group.Property(g => g.Currency).HasMaxLength(3).IsFixedLength();
        group.Property(g => g.PaymentStatus).HasConversion<EnumCodeConverter<PaymentStatus>>().HasMaxLength(20);
        group.Property(g => g.PaymentReference).HasMaxLength(200);
        group.Property(g => g.ChargeReference).HasMaxLength(200);
        group.Property(g => g.OrderIds).HasJsonConversion().HasMaxLength(4000);
        group.HasIndex(g => g.PaymentReference);
        group.Property(g => g.SourceKey).HasMaxLength(100);
        group.HasIndex(g => g.SourceKey).IsUnique();
        group.HasIndex(g => new { g.BuyerId, g.CreatedAt });
        group.Ignore(g => g.DomainEvents);
    }
}
