using Marketplace.Domain.Listings;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.ToTable("marketplace_orders");
        order.HasKey(o => o.Id);
        order.Property(o => o.Id).ValueGeneratedNever();
        order.Property(o => o.Version).IsConcurrencyToken();
        order.HasIndex(o => o.Sequence).IsUnique();
        order.Property(o => o.Number).HasMaxLength(20);
        order.HasIndex(o => o.Number).IsUnique();
        order.Property(o => o.Currency).HasMaxLength(3).IsFixedLength();
        order.Property(o => o.Status).HasConversion<EnumCodeConverter<OrderStatus>>().HasMaxLength(20);
        order.Property(o => o.PaymentStatus).HasConversion<EnumCodeConverter<PaymentStatus>>().HasMaxLength(20);
        order.Property(o => o.PaymentReference).HasMaxLength(200);
        order.Property(o => o.Notes).HasMaxLength(1000);
        order.Property(o => o.CancellationReason).HasMaxLength(500);
        order.Property(o => o.Delivery).HasJsonConversion().HasMaxLength(1000);
        order.Property(o => o.Timeline).HasJsonConversion();
        order.Property(o => o.Refunds).HasJsonConversion();
        order.Ignore(o => o.GrowerPayout);
        order.Ignore(o => o.Refundable);
        order.Ignore(o => o.TransferDue);
        order.Ignore(o => o.AwaitsTransfer);
        order.Property(o => o.TransferReference).HasMaxLength(200);
        order.HasIndex(o => o.OrderGroupId);
        order.Ignore(o => o.DomainEvents);

        order.OwnsMany(o => o.Lines, line =>
        {
            line.ToTable("marketplace_order_lines");
            line.WithOwner().HasForeignKey("order_id");
            // A listing appears once per order (the request validator merges nothing and refuses repeats).
            line.HasKey("order_id", nameof(OrderLine.ListingId));
            line.Property(l => l.Title).HasMaxLength(120);
            line.Property(l => l.Unit).HasConversion<EnumCodeConverter<Unit>>().HasMaxLength(16);
            line.Property(l => l.Quantity).HasPrecision(18, 3);
            line.Property(l => l.PercentOff).HasPrecision(5, 2);
            line.HasIndex(l => l.ListingId);
        });

        order.HasIndex(o => new { o.BuyerId, o.CreatedAt, o.Id });
        order.HasIndex(o => new { o.GrowerId, o.CreatedAt, o.Id });
        order.HasIndex(o => new { o.GrowerId, o.PaidAt });
        order.HasIndex(o => new { o.Status, o.CreatedAt });
        order.HasIndex(o => o.PaymentReference);
    }
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.ToTable("marketplace_reviews");
        review.HasKey(r => r.Id);
        review.Property(r => r.Id).ValueGeneratedNever();
        review.Property(r => r.Comment).HasMaxLength(Review.MaxCommentLength);
        review.HasIndex(r => r.OrderId).IsUnique(); // one review per order, even under concurrency
        review.HasIndex(r => new { r.GrowerId, r.CreatedAt, r.Id });
        review.Ignore(r => r.DomainEvents);
    }
}
