using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Infrastructure.Storage;

/// <summary>
/// Amazon S3 or an S3-compatible store. For the latter: path-style addressing, checksums only when required
/// and no aws-chunked uploads, which servers without that encoding would otherwise store inside the object.
/// The SDK's own retries and timeouts apply to every call.
/// </summary>
public sealed class S3Storage : IFileStorage, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly StorageOptions.S3Options _options;
    private readonly TimeProvider _clock;

    public S3Storage(StorageOptions.S3Options options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        var config = new AmazonS3Config
        {
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(30),
            MaxErrorRetry = 3,
        };
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        else
        {
            config.ServiceURL = options.ServiceUrl;
            config.ForcePathStyle = true;
            config.AuthenticationRegion = options.Region;
        }
        _client = string.IsNullOrWhiteSpace(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    public async Task SaveAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var request = new PutObjectRequest
        {
            BucketName = _options.Bucket,
            Key = key,
            InputStream = content,
            ContentType = contentType,
            UseChunkEncoding = false,
        };
        request.Headers.CacheControl = "public, max-age=31536000, immutable";
        await _client.PutObjectAsync(request, cancellationToken);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        _client.DeleteObjectAsync(_options.Bucket, key, cancellationToken);

    public string UrlFor(string key)
    {
        if (!string.IsNullOrWhiteSpace(_options.PublicBaseUrl)) return $"{_options.PublicBaseUrl.TrimEnd('/')}/{key}";
        return _client.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = _options.Bucket,
            Key = key,
            Verb = HttpVerb.GET,
            Expires = _clock.GetUtcNow().Add(_options.PresignedUrlLifetime).UtcDateTime,
            Protocol = _options.ServiceUrl?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true ? Protocol.HTTP : Protocol.HTTPS,
        });
    }

    public void Dispose() => _client.Dispose();
}
