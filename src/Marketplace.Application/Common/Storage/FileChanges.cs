using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Common.Storage;

/// <summary>
/// The files a command writes or deletes, kept in step with its commit (one per request scope). A file is
/// written before the commit, so a committed row never points at a missing file, and swept if the commit
/// fails; a deletion waits until the commit has removed the row, so a failed commit never loses a file
/// that a row still points at. <see cref="FileChangesBehaviour{TMessage,TResponse}"/> settles both.
/// </summary>
public sealed class FileChanges(IFileStorage storage, ILogger<FileChanges> logger)
{
    private readonly List<string> _written = [];
    private readonly List<string> _deleteAfterCommit = [];

    public async Task WriteAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        _written.Add(key);
        await storage.SaveAsync(key, content, contentType, cancellationToken);
    }

    public void DeleteAfterCommit(string key) => _deleteAfterCommit.Add(key);

    /// <summary>
    /// A handler run again after a lost race calls this first: the earlier attempt was rolled back, so
    /// whatever it wrote belongs to no row and whatever it meant to delete is still referenced.
    /// </summary>
    public async Task StartOverAsync()
    {
        _deleteAfterCommit.Clear();
        await SweepWrittenAsync();
    }

    internal async Task CommittedAsync()
    {
        _written.Clear();
        foreach (var key in _deleteAfterCommit.ToList()) await DeleteQuietlyAsync(key);
        _deleteAfterCommit.Clear();
    }

    internal async Task FailedAsync()
    {
        _deleteAfterCommit.Clear();
        await SweepWrittenAsync();
    }

    private async Task SweepWrittenAsync()
    {
        foreach (var key in _written.ToList()) await DeleteQuietlyAsync(key);
        _written.Clear();
    }

    // The command's outcome is already decided here (committed or failed); a file that cannot be removed is
    // an orphan to report, not a reason to turn that outcome into another error.
    private async Task DeleteQuietlyAsync(string key)
    {
        try
        {
            await storage.DeleteAsync(key, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException or ExternalServiceUnavailableException)
        {
            logger.LogWarning(e, "Stored file {Key} could not be deleted and is left as an orphan", key);
        }
    }
}
