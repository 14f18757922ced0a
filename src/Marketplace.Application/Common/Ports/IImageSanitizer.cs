namespace Marketplace.Application.Common.Ports;

/// <summary>
/// Rewrites an uploaded image so it carries pixels only: a phone photo's EXIF holds where it was taken
/// (a farm's position), and text chunks can hold anything. The result is in the same format.
/// </summary>
public interface IImageSanitizer
{
    /// <summary>
    /// Decodes <paramref name="image"/> as <paramref name="contentType"/>, turns it upright, drops EXIF, IPTC,
    /// XMP and PNG text, and encodes it again. Throws <see cref="Listings.Images.InvalidImageException"/>
    /// when the bytes do not decode as that type or describe an image too large to open.
    /// </summary>
    byte[] Sanitize(byte[] image, string contentType);
}
