using Marketplace.Application.Common.Events;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// One consumer's delivery of one outbox message, with its own attempts, backoff and lease. The message's
/// aggregate, instant and ordinal are copied here so that the dispatcher finds what is due without a join.
/// </summary>
public sealed class OutboxDelivery
{
    public Guid MessageId { get; init; }
    public string Consumer { get; init; } = "";
    public Guid AggregateId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public int Ordinal { get; init; }
    public OutboxStatus Status { get; private set; } = OutboxStatus.Pending;
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>A dispatcher's lease: while it lasts no other instance delivers this to this consumer.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
    public string? LockedBy { get; set; }

    public void Delivered(DateTimeOffset now)
    {
        Status = OutboxStatus.Delivered;
        DeliveredAt = now;
        Release();
    }

    /// <summary>Records a failed attempt: retried after an exponential backoff, or dead once the attempts are spent.</summary>
    public void Failed(string error, DateTimeOffset now, int maxAttempts, TimeSpan initialBackoff, TimeSpan maxBackoff)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        Release();
        if (Attempts >= maxAttempts)
        {
            Status = OutboxStatus.Dead;
            return;
        }
        NextAttemptAt = now + TimeSpan.FromTicks(Math.Min(maxBackoff.Ticks, initialBackoff.Ticks * (1L << Math.Min(Attempts - 1, 20))));
    }

    /// <summary>An admin gives a dead delivery a fresh set of attempts, starting now.</summary>
    public bool Retry(DateTimeOffset now)
    {
        if (Status != OutboxStatus.Dead) return false;
        Status = OutboxStatus.Pending;
        Attempts = 0;
        LastError = null;
        NextAttemptAt = now;
        return true;
    }

    private void Release()
    {
        LockedUntil = null;
        LockedBy = null;
    }
}
