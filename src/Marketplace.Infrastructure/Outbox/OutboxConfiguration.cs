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
        message.Property(m => m.Status).HasConversion<EnumCodeConverter<OutboxStatus>>().HasMaxLength(16);
        message.Property(m => m.LastError).HasMaxLength(2000);
        message.Property(m => m.LockedBy).HasMaxLength(200);
        message.HasIndex(m => new { m.Status, m.OccurredAt, m.Ordinal });
        message.HasIndex(m => new { m.AggregateId, m.OccurredAt });
    }
}
