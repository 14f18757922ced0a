namespace Marketplace.Application.Common.Events;

/// <summary>
/// A consumer can never handle this event as it stands (a text to a number the provider refused). The outbox records
/// the delivery as dead at once, with this message, instead of trying again; an admin can still retry it.
/// </summary>
public class UndeliverableEventException(string message, Exception? innerException = null) : Exception(message, innerException);
