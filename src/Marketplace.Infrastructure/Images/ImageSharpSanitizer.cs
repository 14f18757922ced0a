using Marketplace.Application.Common.Ports;
using Marketplace.Application.Listings.Images;
using Microsoft.Extensions.Logging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Marketplace.Infrastructure.Images;

/// <summary>Strips metadata by decoding and encoding again with ImageSharp; only the declared format's codec is loaded.</summary>
public sealed class ImageSharpSanitizer(ILogger<ImageSharpSanitizer> logger) : IImageSanitizer
{
    public byte[] Sanitize(byte[] image, string contentType)
    {
        var configuration = ConfigurationFor(contentType);
        var info = Identify(configuration, image, contentType);
        if ((long)info.Width * info.Height > ImageFormats.MaxPixels)
            throw new InvalidImageException($"The image is {info.Width}×{info.Height}; at most {ImageFormats.MaxPixels / 1_000_000} megapixels are accepted.");

        using var decoded = Decode(configuration, image, contentType);
        decoded.Mutate(x => x.AutoOrient()); // the EXIF orientation goes with the profile, so apply it to the pixels first
        Strip(decoded);
        using var output = new MemoryStream();
        decoded.Save(output, EncoderFor(decoded, contentType));
        return output.ToArray();
    }

    private static void Strip(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.GetPngMetadata().TextData.Clear();
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.XmpProfile = null;
        }
    }

    /// <summary>A configuration that knows one format, so a file can only decode as the type its first bytes claim.</summary>
    private static Configuration ConfigurationFor(string contentType) => contentType switch
    {
        "image/jpeg" => new Configuration(new JpegConfigurationModule()),
        "image/png" => new Configuration(new PngConfigurationModule()),
        "image/webp" => new Configuration(new WebpConfigurationModule()),
        _ => throw new UnsupportedImageException(),
    };

    private static IImageEncoder EncoderFor(Image image, string contentType) => contentType switch
    {
        "image/jpeg" => new JpegEncoder { Quality = image.Metadata.GetJpegMetadata().Quality },
        "image/png" => new PngEncoder(),
        _ => new WebpEncoder { FileFormat = image.Metadata.GetWebpMetadata().FileFormat },
    };

    private IImageInfo Identify(Configuration configuration, byte[] image, string contentType)
    {
        try
        {
            return Image.Identify(configuration, new MemoryStream(image, writable: false)) ?? throw NotDecodable(contentType);
        }
        // ImageSharp 2.x answers some malformed files with NullReferenceException or IndexOutOfRangeException
        // rather than ImageFormatException; whatever the decoder throws on client bytes means "not an image".
        // The cause is logged, not lost.
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw NotDecodable(contentType, e);
        }
    }

    private Image Decode(Configuration configuration, byte[] image, string contentType)
    {
        try
        {
            return Image.Load(configuration, new MemoryStream(image, writable: false));
        }
        // ImageSharp 2.x answers some malformed files with NullReferenceException or IndexOutOfRangeException
        // rather than ImageFormatException; whatever the decoder throws on client bytes means "not an image".
        // The cause is logged, not lost.
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw NotDecodable(contentType, e);
        }
    }

    private InvalidImageException NotDecodable(string contentType, Exception? cause = null)
    {
        if (cause is not null) logger.LogInformation(cause, "An uploaded {ContentType} did not decode", contentType);
        return new($"The file starts like {contentType} but does not decode as one; upload the image again from its original.");
    }
}
