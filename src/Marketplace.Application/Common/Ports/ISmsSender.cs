using Marketplace.Application.Common.Events;

namespace Marketplace.Application.Common.Ports;

/// <summary>Sends one text message (ADR 50). Throws on failure, so that the outbox delivers the event again later.</summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}

/// <summary>A text to an E.164 number; at most 160 characters so that it travels as one segment.</summary>
public sealed record SmsMessage(string To, string Body)
{
    public const int MaxLength = 160;
}

/// <summary>The provider refused the message for good (an invalid or unreachable number): sending it again cannot help.</summary>
public sealed class SmsRejectedException(string message) : UndeliverableEventException(message);
