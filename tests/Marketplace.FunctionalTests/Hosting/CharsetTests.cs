using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>JSON bodies are UTF-8: another or an unknown charset is 415, spelling variants of UTF-8 are accepted.</summary>
public abstract class CharsetTests(ApiFactory api) : ApiTestBase(api)
{
    private Task<HttpResponseMessage> PostListing(HttpClient client, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Bodies.Listing().ToJsonString()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return client.PostAsync(Url("/listings"), content);
    }

    [SkippableTheory]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=\"bogus\"")]
    [InlineData("application/json; charset=")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task CreateListing_WithAnUnsupportedCharset_Returns415AndCreatesNothing(string contentType)
    {
        var grower = await NewGrowerAsync();

        await ExpectProblem(await PostListing(grower.Client, contentType), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");

        var mine = await Expect(await grower.Client.GetAsync(Url($"/listings?growerId={grower.Id}")), HttpStatusCode.OK);
        Assert.Empty(mine["items"]!.AsArray());
    }

    [SkippableTheory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("application/json")]
    public async Task CreateListing_WithUtf8SpelledAnyWay_Returns201(string contentType)
    {
        var grower = await NewGrowerAsync();
        await Expect(await PostListing(grower.Client, contentType), HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task VibeLuxEvent_WithAnUnsupportedCharset_Returns415()
    {
        var content = new StringContent("""{"id":"evt-c","type":"crop.planted","occurredAt":"2026-11-24T10:00:00Z","data":{}}""");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=bogus");
        await ExpectProblem(await Anonymous().PostAsync(Url("/integrations/vibelux/events"), content), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCharsetTests(SqliteApiFactory api) : CharsetTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCharsetTests(PostgresApiFactory api) : CharsetTests(api);
