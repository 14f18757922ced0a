namespace Marketplace.Application.Common.Ports;

/// <summary>
/// The server key that signs paging cursors: the configured one, or one generated once and kept in the database so
/// that every host behind the same database accepts the cursors of the others.
/// </summary>
public interface ICursorSigningKey
{
    ValueTask<byte[]> GetAsync(CancellationToken cancellationToken);
}
