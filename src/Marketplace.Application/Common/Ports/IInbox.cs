namespace Marketplace.Application.Common.Ports;

/// <summary>
/// Remembers which incoming messages (webhook events, integration events) a consumer has handled, in the
/// same transaction as their effects, so a redelivered message changes nothing.
/// </summary>
public interface IInbox
{
    /// <summary>False when <paramref name="messageId"/> was already handled by <paramref name="consumer"/>.</summary>
    Task<bool> TryStartAsync(string consumer, string messageId, CancellationToken cancellationToken);
}
