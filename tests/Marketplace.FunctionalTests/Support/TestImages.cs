using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Marketplace.FunctionalTests.Support;

/// <summary>Small real images, made on the fly, so uploads decode like a phone's photo would.</summary>
public static class TestImages
{
    public static byte[] Jpeg(bool withGps = false) => Make((image, stream) =>
    {
        if (withGps) image.Metadata.ExifProfile = GpsProfile();
        image.SaveAsJpeg(stream);
    });

    public static byte[] Png(string? text = null) => Make((image, stream) =>
    {
        if (text is not null) image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Comment", text, string.Empty, string.Empty));
        image.SaveAsPng(stream);
    });

    public static byte[] Webp() => Make((image, stream) => image.SaveAsWebp(stream));

    /// <summary>A profile like a phone writes: where the photo was taken.</summary>
    private static ExifProfile GpsProfile()
    {
        var profile = new ExifProfile();
        profile.SetValue(ExifTag.GPSLatitudeRef, "N");
        profile.SetValue(ExifTag.GPSLatitude, [new Rational(52, 1), new Rational(22, 1), new Rational(1234, 100)]);
        profile.SetValue(ExifTag.GPSLongitudeRef, "E");
        profile.SetValue(ExifTag.GPSLongitude, [new Rational(4, 1), new Rational(53, 1), new Rational(5678, 100)]);
        return profile;
    }

    /// <summary>An 8×6 green image, saved by <paramref name="save"/>.</summary>
    private static byte[] Make(Action<Image<Rgba32>, MemoryStream> save)
    {
        using var image = new Image<Rgba32>(8, 6, new Rgba32(40, 160, 60));
        using var stream = new MemoryStream();
        save(image, stream);
        return stream.ToArray();
    }
}
