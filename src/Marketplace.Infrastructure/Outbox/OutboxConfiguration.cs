using Marketplace.Application.Common.Events;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("marketplace_outbox_messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedNever();
        message.Property(m => m.Type).HasMaxLength(100);
        message.HasMany(m => m.Deliveries).WithOne().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
        message.HasIndex(m => new { m.OccurredAt, m.Id });
    }
}

internal sealed class OutboxDeliveryConfiguration : IEntityTypeConfiguration<OutboxDelivery>
{
    public void Configure(EntityTypeBuilder<OutboxDelivery> delivery)
    {
        delivery.ToTable("marketplace_outbox_deliveries");
        delivery.HasKey(d => new { d.MessageId, d.Consumer });
        delivery.Property(d => d.Consumer).HasMaxLength(100);
        delivery.Property(d => d.Status).HasConversion<EnumCodeConverter<OutboxStatus>>().HasMaxLength(16);
        delivery.Property(d => d.LastError).HasMaxLength(2000);
        delivery.Property(d => d.LockedBy).HasMaxLength(200);
        // What is due for a consumer, oldest first; and the "is an older one of this aggregate still pending" probe.
        delivery.HasIndex(d => new { d.Consumer, d.Status, d.NextAttemptAt });
        delivery.HasIndex(d => new { d.Consumer, d.AggregateId, d.Status, d.OccurredAt, d.Ordinal });
        delivery.HasIndex(d => d.LockedBy);
    }
}
