
namespace Marketplace.Application.Listings.Images;

/// <summary>What a file is, decided by its first bytes (never by its name or declared type).</summary>
public static class ImageFormats
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>A few megabytes of PNG can describe billions of pixels; this caps what decoding may allocate.</summary>
    public const long MaxPixels = 40_000_000;

    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return ("image/jpeg", "jpg");
        if (head.Length >= 8 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return ("image/png", "png");
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return ("image/webp", "webp");
        return null;
    }
}

/// <summary>The upload is not a JPEG, PNG or WebP image.</summary>
public sealed class UnsupportedImageException()
    : MarketplaceException("unsupported_image_type", ErrorKind.UnsupportedMediaType, "Upload a JPEG, PNG or WebP image; the file's content is none of these.");

/// <summary>The upload is larger than the limit; it was refused while reading, before anything was stored.</summary>
public sealed class ImageTooLargeException()
    : MarketplaceException("image_too_large", ErrorKind.TooLarge, $"An image is at most {ImageFormats.MaxBytes / (1024 * 1024)} MB.");

/// <summary>The upload starts like a supported image but does not decode as one, or is too large to open.</summary>
public sealed class InvalidImageException(string message) : MarketplaceException("invalid_image", ErrorKind.Validation, message, "file");
