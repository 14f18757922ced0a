using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class LoginThrottleConfiguration : IEntityTypeConfiguration<LoginThrottle>
{
    public void Configure(EntityTypeBuilder<LoginThrottle> throttle)
    {
        throttle.ToTable("marketplace_login_throttles");
        throttle.HasKey(t => t.Id);
        throttle.Property(t => t.Id).ValueGeneratedNever();
        throttle.Property(t => t.ClientAddress).HasMaxLength(LoginThrottle.MaxAddressLength);
        throttle.HasIndex(t => new { t.AccountId, t.ClientAddress }).IsUnique();
        throttle.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
        throttle.Ignore(t => t.DomainEvents);
    }
}
