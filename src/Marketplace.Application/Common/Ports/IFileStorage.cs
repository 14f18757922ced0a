namespace Marketplace.Application.Common.Ports;

/// <summary>Where uploaded files live: the local file system by default, S3 in production.</summary>
public interface IFileStorage
{
    Task SaveAsync(string key, Stream content, string contentType, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>The URL a client fetches the file from (public, or signed for a limited time).</summary>
    string UrlFor(string key);
}
