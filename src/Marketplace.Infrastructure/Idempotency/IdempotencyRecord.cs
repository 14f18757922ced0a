using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Idempotency;

/// <summary>A claimed <c>Idempotency-Key</c>: the request it was used with and, once done, the response.</summary>
public sealed class IdempotencyRecord
{
    public string Owner { get; set; } = "";
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    /// <summary>Set once the request answered; its result (JSON) is then in <see cref="ResponseBody"/>.</summary>
    public int? StatusCode { get; set; }
    public string? ResponseBody { get; set; }

    /// <summary>Unused since the result, not the HTTP answer, is stored (ADR 45); kept so the schema does not change.</summary>
    public string? Location { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The attempt holding the claim, until <see cref="LeaseExpiresAt"/>; after that another may take it over.</summary>
    public Guid? LeaseId { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>What the request committed under this key (an order), written in that resource's own transaction.</summary>
    public Guid? ResourceId { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("marketplace_idempotency_keys");
        record.HasKey(r => new { r.Owner, r.Key });
        record.Property(r => r.Owner).HasMaxLength(200);
        record.Property(r => r.Key).HasMaxLength(255);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.Property(r => r.Location).HasMaxLength(500);
        record.HasIndex(r => r.ExpiresAt);
    }
}
