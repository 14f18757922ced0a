using System.Net;
using System.Net.Http.Headers;
using Marketplace.FunctionalTests.Support;
using SixLabors.ImageSharp;

namespace Marketplace.FunctionalTests.Listings;

/// <summary>The S3 storage against s3rver: upload, the returned (presigned) URL serves the image without its metadata, delete removes the object.</summary>
public sealed class S3ImageTests(S3ApiFactory api) : ApiTestBase(api), IClassFixture<S3ApiFactory>
{
    private static readonly byte[] Png = TestImages.Png(text: "Field 7");

    [SkippableFact]
    public async Task Upload_PresignedUrlServesTheBytes_AndDeleteRemovesTheObject()
    {
        var s3 = (S3ApiFactory)Api;
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var before = s3.StoredObjects();
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");

        var image = await Expect(await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/images"),
            new MultipartFormDataContent { { file, "file", "crop.png" } }), HttpStatusCode.Created);

        var url = image["url"]!.GetValue<string>();
        Assert.StartsWith(s3.ServiceUrl, url, StringComparison.Ordinal);
        Assert.Contains("X-Amz-Signature=", url, StringComparison.Ordinal);
        using var http = new HttpClient();
        var served = await http.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        using (var decoded = Image.Load(await served.Content.ReadAsByteArrayAsync(), out var format))
        {
            Assert.Equal("image/png", format.DefaultMimeType);
            Assert.Equal((8, 6), (decoded.Width, decoded.Height));
            Assert.Empty(decoded.Metadata.GetPngMetadata().TextData);
        }
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before + 1, s3.StoredObjects());

        await ExpectProblem(await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/images"),
            new MultipartFormDataContent { { new ByteArrayContent("<svg/>"u8.ToArray()), "file", "x.png" } }), HttpStatusCode.UnsupportedMediaType, "unsupported_image_type");
        Assert.Equal(before + 1, s3.StoredObjects());

        Assert.Equal(HttpStatusCode.NoContent, (await grower.Client.DeleteAsync(Url($"/listings/{Id(listing)}/images/{Id(image)}"))).StatusCode);
        Assert.Equal(before, s3.StoredObjects());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(url))).StatusCode);
    }
}
