namespace Marketplace.Infrastructure.Storage;

public enum StorageProvider { FileSystem, S3 }

/// <summary><c>Marketplace:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Marketplace:Storage";

    /// <summary><c>FileSystem</c> (default) or <c>S3</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.FileSystem;
    public FileSystemOptions FileSystem { get; set; } = new();
    public S3Options S3 { get; set; } = new();

    public bool IsS3 => Provider == StorageProvider.S3;

    public sealed class FileSystemOptions
    {
        /// <summary>Default: <c>App_Data/media</c> under the app's content root.</summary>
        public string? RootPath { get; set; }
    }

    public sealed class S3Options
    {
        public string? Bucket { get; set; }

        /// <summary>An S3-compatible endpoint (MinIO, s3rver, …); unset for AWS.</summary>
        public string? ServiceUrl { get; set; }
        public string Region { get; set; } = "us-east-1";
        public string? AccessKey { get; set; }
        public string? SecretKey { get; set; }

        /// <summary>When the bucket is public: the URL prefix objects are served from. Otherwise URLs are presigned.</summary>
        public string? PublicBaseUrl { get; set; }

        public TimeSpan PresignedUrlLifetime { get; set; } = TimeSpan.FromHours(1);
    }
}
