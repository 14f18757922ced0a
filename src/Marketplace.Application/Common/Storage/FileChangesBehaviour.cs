
namespace Marketplace.Application.Common.Storage;

/// <summary>
/// Runs outside the unit of work: once the command's transaction has committed, the files it deleted go;
/// when it failed, the files it wrote go. Queries pass straight through.
/// </summary>
public sealed class FileChangesBehaviour<TMessage, TResponse>(FileChanges files) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand) return await next(message, cancellationToken);
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch
        {
            await files.FailedAsync();
            throw;
        }
        await files.CommittedAsync();
        return response;
    }
}
