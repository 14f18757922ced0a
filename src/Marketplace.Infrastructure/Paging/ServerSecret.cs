using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Paging;

/// <summary>A secret the server generated for itself, shared by every host on the same database.</summary>
public sealed class ServerSecret
{
    /// <summary>The name of the key that signs paging cursors.</summary>
    public const string CursorSigningKeyName = "cursor-signing-key";

    public string Name { get; set; } = "";

    /// <summary>Base64 of the secret's bytes.</summary>
    public string Value { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ServerSecretConfiguration : IEntityTypeConfiguration<ServerSecret>
{
    public void Configure(EntityTypeBuilder<ServerSecret> secret)
    {
        secret.ToTable("marketplace_server_secrets");
        secret.HasKey(s => s.Name);
        secret.Property(s => s.Name).HasMaxLength(100);
        secret.Property(s => s.Value).HasMaxLength(200);
    }
}
