using Marketplace.Domain.Orders;
using Marketplace.Domain.StandingOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class StandingOrderConfiguration : IEntityTypeConfiguration<StandingOrder>
{
    /// <summary>A shadow column: until when one scheduler instance holds the standing order (see StandingOrderClaims).</summary>
    public const string ClaimedUntil = "ClaimedUntil";

    public void Configure(EntityTypeBuilder<StandingOrder> standing)
    {
        standing.ToTable("marketplace_standing_orders");
        standing.HasKey(s => s.Id);
        standing.Property(s => s.Id).ValueGeneratedNever();
        standing.Property(s => s.Version).IsConcurrencyToken();
        standing.Property(s => s.Frequency).HasConversion<EnumCodeConverter<StandingOrderFrequency>>().HasMaxLength(16);
        standing.Property(s => s.Status).HasConversion<EnumCodeConverter<StandingOrderStatus>>().HasMaxLength(16);
        standing.Property(s => s.Partial).HasConversion<EnumCodeConverter<PartialPolicy>>().HasMaxLength(20);
        standing.Property(s => s.DeliveryMethod).HasConversion<EnumCodeConverter<DeliveryMethod>>().HasMaxLength(16);
        standing.Property(s => s.DeliveryAddress).HasJsonConversion().HasMaxLength(1000);
        standing.Property(s => s.Notes).HasMaxLength(1000);
        standing.Property(s => s.TimeZoneId).HasMaxLength(64);
        // The cycle history is read and written whole with its standing order, never filtered on.
        standing.Property(s => s.Cycles).HasJsonConversion();
        standing.Property<DateTimeOffset?>(ClaimedUntil);
        standing.Ignore(s => s.NextDeliveryOn);
        standing.Ignore(s => s.NextOrderOn);
        standing.Ignore(s => s.DomainEvents);

        // Lines are rows (not JSON) so a grower's standing orders are found by listing id. A generated key: an edit
        // replaces the lines, and old and new rows never share a key.
        standing.OwnsMany(s => s.Lines, line =>
        {
            line.ToTable("marketplace_standing_order_lines");
            line.WithOwner().HasForeignKey("standing_order_id");
            line.Property<int>("Id");
            line.HasKey("Id");
            line.HasIndex(l => l.ListingId);
        });
        standing.Navigation(s => s.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The scheduler's scan: active standing orders whose next order window has opened.
        standing.HasIndex(s => new { s.Status, s.DueAt });
        standing.HasIndex(s => new { s.BuyerId, s.CreatedAt, s.Id });
    }
}
