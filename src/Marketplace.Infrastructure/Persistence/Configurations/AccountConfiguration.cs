using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.ToTable("marketplace_accounts");
        account.HasKey(a => a.Id);
        account.Property(a => a.Id).ValueGeneratedNever();
        account.Property(a => a.Email).HasMaxLength(320);
        account.HasIndex(a => a.Email).IsUnique();
        account.Property(a => a.DisplayName).HasMaxLength(200);
        account.Property(a => a.PasswordHash).HasMaxLength(500);
        account.PrimitiveCollection(a => a.Roles);
        account.Ignore(a => a.DomainEvents);
    }
}
