using System.Net;
using System.Net.Http.Headers;
using Marketplace.FunctionalTests.Support;
using SixLabors.ImageSharp;

namespace Marketplace.FunctionalTests.Listings;

public abstract class ListingImageTests(ApiFactory api) : ApiTestBase(api)
{
    private static readonly byte[] Jpeg = TestImages.Jpeg();
    private static readonly byte[] Png = TestImages.Png();
    private static readonly byte[] Webp = TestImages.Webp();

    private static MultipartFormDataContent File(byte[] bytes, string name = "photo.jpg", string type = "image/jpeg")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { content, "file", name } };
    }

    private int StoredFiles() => Directory.Exists(Api.MediaDirectory) ? Directory.EnumerateFiles(Api.MediaDirectory, "*", SearchOption.AllDirectories).Count() : 0;

    [SkippableFact]
    public async Task Upload_ServesTheImage_InOrder_AndDeleteRemovesTheFile()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);

        var first = await Expect(await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/images"), File(Jpeg)), HttpStatusCode.Created);
        var second = await Expect(await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/images"), File(Webp, "x.bin", "application/octet-stream")), HttpStatusCode.Created);

        var served = await Anonymous().GetAsync(first["url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        using (var decoded = Image.Load(await served.Content.ReadAsByteArrayAsync(), out var format))
        {
            Assert.Equal("image/jpeg", format.DefaultMimeType);
            Assert.Equal((8, 6), (decoded.Width, decoded.Height));
        }
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age", served.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal("image/webp", (await Anonymous().GetAsync(second["url"]!.GetValue<string>())).Content.Headers.ContentType?.MediaType);
        var shown = (await GetListingAsync(Id(listing)))["images"]!.AsArray().Select(i => Id(i!)).ToList();
        Assert.Equal([Id(first), Id(second)], shown);
        Assert.Equal(2, (await Expect(await Anonymous().GetAsync(Url("/listings?limit=5")), HttpStatusCode.OK))["items"]![0]!["images"]!.AsArray().Count);

        Assert.Equal(HttpStatusCode.NoContent, (await grower.Client.DeleteAsync(Url($"/listings/{Id(listing)}/images/{Id(first)}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(first["url"]!.GetValue<string>())).StatusCode);
        Assert.Equal([Id(second)], (await GetListingAsync(Id(listing)))["images"]!.AsArray().Select(i => Id(i!)));
        Assert.Equal(1, StoredFiles());
    }

    [SkippableFact]
    public async Task Upload_OfAPhotoWithGps_ServesItWithoutExif()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        using (var original = Image.Load(TestImages.Jpeg(withGps: true)))
            Assert.NotNull(original.Metadata.ExifProfile?.GetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.GPSLatitude));

        var image = await Expect(await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/images"), File(TestImages.Jpeg(withGps: true))), HttpStatusCode.Created);

        var served = await Anonymous().GetAsync(image["url"]!.GetValue<string>());
        using var decoded = Image.Load(await served.Content.ReadAsByteArrayAsync(), out var format);
        Assert.Equal("image/jpeg", format.DefaultMimeType);
        Assert.Null(decoded.Metadata.ExifProfile);
        Assert.Null(decoded.Metadata.XmpProfile);
        Assert.Null(decoded.Metadata.IptcProfile);
    }

    [SkippableFact]
    public async Task Upload_OfAPngWithText_ServesItWithoutTheText()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);

        var image = await Expect(await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/images"),
            File(TestImages.Png(text: "Field 7, behind the barn"), "p.png", "image/png")), HttpStatusCode.Created);

        var served = await Anonymous().GetAsync(image["url"]!.GetValue<string>());
        using var decoded = Image.Load(await served.Content.ReadAsByteArrayAsync(), out var format);
        Assert.Equal("image/png", format.DefaultMimeType);
        Assert.Empty(decoded.Metadata.GetPngMetadata().TextData);
    }

    [SkippableFact]
    public async Task Upload_ThatStartsLikeAJpegButDoesNotDecode_Is400AndStoresNothing()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        byte[] broken = [.. Jpeg.AsSpan(0, 20), .. new byte[64]];

        await ExpectProblem(await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/images"), File(broken)), HttpStatusCode.BadRequest, "invalid_image");

        Assert.Equal(0, StoredFiles());
        Assert.Empty((await GetListingAsync(Id(listing)))["images"]!.AsArray());
    }

    [SkippableFact]
    public async Task Upload_WhenTheCommitFails_LeavesNoFileBehind()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        Api.Commands.FailWhen = sql => sql.Contains("INSERT INTO", StringComparison.OrdinalIgnoreCase)
            && sql.Contains("marketplace_listing_images", StringComparison.Ordinal);

        var failed = await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/images"), File(Jpeg));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(0, StoredFiles());
        Assert.Empty((await GetListingAsync(Id(listing)))["images"]!.AsArray());
    }

    [SkippableFact]
    public async Task Delete_WhenTheCommitFails_KeepsTheImageAndItsFile()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var image = await Expect(await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/images"), File(Jpeg)), HttpStatusCode.Created);
        Api.Commands.FailWhen = sql => sql.Contains("DELETE FROM", StringComparison.OrdinalIgnoreCase)
            && sql.Contains("marketplace_listing_images", StringComparison.Ordinal);

        var failed = await grower.Client.DeleteAsync(Url($"/listings/{Id(listing)}/images/{Id(image)}"));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(1, StoredFiles());
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync(image["url"]!.GetValue<string>())).StatusCode);
        Assert.Equal([Id(image)], (await GetListingAsync(Id(listing)))["images"]!.AsArray().Select(i => Id(i!)));
    }

    [SkippableFact]
    public async Task Media_IsServedWithNoSniff()
    {
        var grower = await NewGrowerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var image = await Expect(await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/images"), File(Jpeg)), HttpStatusCode.Created);

        var served = await Anonymous().GetAsync(image["url"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("nosniff", Assert.Single(served.Headers.GetValues("X-Content-Type-Options")));
    }

    [SkippableFact]
    public async Task RefusedUploads_StoreNothing()
    {
        var grower = await NewGrowerAsync();
        var other = await NewGrowerAsync("grower-2", "Other Farm");
        var listing = await CreateListingAsync(grower.Client);
        var url = Url($"/listings/{Id(listing)}/images");

        await ExpectProblem(await grower.Client.PostAsync(url, File("just text, not a picture"u8.ToArray(), "fake.png", "image/png")),
            HttpStatusCode.UnsupportedMediaType, "unsupported_image_type");
        var big = new byte[6 * 1024 * 1024];
        Jpeg.CopyTo(big, 0);
        var tooLarge = await grower.Client.PostAsync(url, File(big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        await ExpectProblem(await other.Client.PostAsync(url, File(Jpeg)), HttpStatusCode.NotFound, "not_found");
        await Expect(await grower.Client.PostAsync(url, new MultipartFormDataContent()), HttpStatusCode.BadRequest);
        Assert.Equal(0, StoredFiles());

        for (var i = 0; i < 10; i++) await Expect(await grower.Client.PostAsync(url, File(Png, "p.png", "image/png")), HttpStatusCode.Created);
        await ExpectProblem(await grower.Client.PostAsync(url, File(Png, "p.png", "image/png")), HttpStatusCode.Conflict, "too_many_images");
        Assert.Equal(10, StoredFiles());
        Assert.Equal(10, (await GetListingAsync(Id(listing)))["images"]!.AsArray().Count);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteListingImageTests(SqliteApiFactory api) : ListingImageTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresListingImageTests(PostgresApiFactory api) : ListingImageTests(api);
