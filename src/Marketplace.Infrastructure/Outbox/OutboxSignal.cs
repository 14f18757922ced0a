namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// Wakes this process's dispatcher loops as soon as a commit has stored outbox rows, so an event raised here
/// is published right after its commit instead of at the next poll. The poll stays: it picks up rows that other
/// hosts committed, retries that are due, and anything a lost wake-up left behind.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = NewRound();

    /// <summary>Completes at the next <see cref="Wake"/>; take it before looking for work, so a commit meanwhile is not missed.</summary>
    public Task NextWakeAsync() => Volatile.Read(ref _next).Task;

    public void Wake() => Interlocked.Exchange(ref _next, NewRound()).TrySetResult();

    private static TaskCompletionSource NewRound() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
