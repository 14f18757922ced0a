namespace Marketplace.Application.Common.Behaviours;

/// <summary>
/// A command that calls a provider (payments) between commits. The unit-of-work behaviour lets it through
/// and its handler runs each step in <see cref="Ports.IUnitOfWork.ExecuteInTransactionAsync{T}"/> itself:
/// no transaction or row lock is held while the provider answers, and a step retried after a lost race
/// re-reads the database but never repeats the call.
/// </summary>
public interface ICallsProviderAfterCommit;
