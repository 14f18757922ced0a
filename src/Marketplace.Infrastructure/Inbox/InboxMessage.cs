using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Inbox;

/// <summary>A message a consumer has handled; the key (consumer, message id) makes a second handling impossible.</summary>
public sealed class InboxMessage
{
    public string Consumer { get; set; } = "";
    public string MessageId { get; set; } = "";
    public DateTimeOffset ProcessedAt { get; set; }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> message)
    {
        message.ToTable("marketplace_inbox");
        message.HasKey(m => new { m.Consumer, m.MessageId });
        message.Property(m => m.Consumer).HasMaxLength(100);
        message.Property(m => m.MessageId).HasMaxLength(255);
    }
}

/// <summary>
/// Records the message in the command's own transaction: its effects and the record commit together. Two
/// deliveries racing both pass the check, and the primary key refuses the second at commit.
/// </summary>
internal sealed class EfInbox(MarketplaceDbContext db, TimeProvider clock) : IInbox
{
    public async Task<bool> TryStartAsync(string consumer, string messageId, CancellationToken cancellationToken)
    {
        if (await db.InboxMessages.AnyAsync(m => m.Consumer == consumer && m.MessageId == messageId, cancellationToken)) return false;
        db.InboxMessages.Add(new InboxMessage { Consumer = consumer, MessageId = messageId, ProcessedAt = clock.GetUtcNow() });
        return true;
    }
}
