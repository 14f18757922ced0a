using Marketplace.Infrastructure.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class SyncStateConfiguration : IEntityTypeConfiguration<SyncState>
{
    public void Configure(EntityTypeBuilder<SyncState> state)
    {
        state.ToTable("marketplace_sync_state");
        state.HasKey(s => s.Name);
        state.Property(s => s.Name).HasMaxLength(100);
    }
}
