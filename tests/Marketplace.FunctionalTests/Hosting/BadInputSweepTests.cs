using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>
/// Every operation in the OpenAPI document, fed junk bodies, path ids and query values by a caller holding
/// every role: never a 500, and a refusal is always a problem document.
/// </summary>
public sealed class BadInputSweepTests(SqliteApiFactory api) : IClassFixture<SqliteApiFactory>
{
    private static readonly string[] JunkBodies = ["null", "{}", "[]", "\"text\"", "42", "{\"lines\":[{}],\"unitPrice\":{}}", "{\"quantity\":1e400}"];

    [Fact]
    public async Task EveryOperation_AnswersJunkWithoutA500()
    {
        var client = api.Client(TestTokens.For("sweeper", "grower", "buyer", "admin"));
        var document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var basePath = document["servers"]![0]!["url"]!.GetValue<string>();
        var checkedCalls = 0;
        var refused = 0;

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, _) in item!.AsObject())
            {
                var url = basePath + path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                    .Replace("{growerId}", "not-a-guid", StringComparison.Ordinal)
                    .Replace("{orderId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                    .Replace("{imageId}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
                foreach (var body in method == "get" ? [""] : JunkBodies)
                {
                    var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url + "?limit=x&cursor=%%&period=1&near=a,b");
                    if (body.Length > 0) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    var text = await response.Content.ReadAsStringAsync();
                    Assert.True(status < 500, $"{method.ToUpperInvariant()} {url} with {body} → {status}: {text}");
                    if (status >= 400)
                    {
                        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                        refused++;
                    }
                    checkedCalls++;
                }
            }
        }

        Assert.True(checkedCalls > 50, $"only {checkedCalls} calls made");
        Assert.True(refused > checkedCalls * 9 / 10, $"{refused} of {checkedCalls} junk calls refused");
    }
}
