
namespace Marketplace.Application.Common.Behaviours;

/// <summary>
/// Wraps each command in one transaction that ends with one SaveChanges; queries pass straight through, and so
/// do <see cref="ICallsProviderAfterCommit"/> commands, whose handlers commit step by step.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand or ICallsProviderAfterCommit) return next(message, cancellationToken);
        return new ValueTask<TResponse>(
            unitOfWork.ExecuteInTransactionAsync(ct => next(message, ct).AsTask(), cancellationToken));
    }
}
