using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.OpenApi;

/// <summary>
/// Swagger UI in one step: in Development the UI keeps its token across reloads, opens schemas one level and carries
/// the one-click sign-in script, whose token works. In Production nothing served mentions <c>/dev/token</c>.
/// </summary>
public sealed class SwaggerUiTests
{
    private const string Script = "/swagger/dev-sign-in.js";

    [Fact]
    public async Task Development_SwaggerUi_PersistsAuthorizationExpandsModelsAndLoadsTheSignInScript()
    {
        await using var api = new DevelopmentSqliteApiFactory();
        var client = api.Client();

        var index = await Text(client, "/swagger/index.html");
        Assert.Matches($"<script src=['\"]{Script}['\"]", index);
        var config = await Text(client, "/swagger/index.js");
        Assert.Contains("\"persistAuthorization\":true", config, StringComparison.Ordinal);
        Assert.Contains("\"defaultModelExpandDepth\":1", config, StringComparison.Ordinal);
        Assert.Contains("\"defaultModelsExpandDepth\":1", config, StringComparison.Ordinal);

        var script = await client.GetAsync(Script);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        var text = await script.Content.ReadAsStringAsync();
        Assert.Contains($"\"{ApiFactory.BasePath}/dev/token\"", text, StringComparison.Ordinal);
        Assert.Contains("preauthorizeApiKey(\"Bearer\"", text, StringComparison.Ordinal);
        foreach (var label in new[] { "Sign in as demo grower", "Sign in as demo buyer", "Sign in as admin" })
            Assert.Contains(label, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo-grower", "grower")]
    [InlineData("demo-buyer", "buyer")]
    [InlineData("demo-admin", "admin")]
    public async Task Development_SignInButtonsBody_GetsATokenThatTheApiAccepts(string subject, string role)
    {
        await using var api = new DevelopmentSqliteApiFactory();
        var script = await Text(api.Client(), Script);
        Assert.Contains($"sub: \"{subject}\"", script, StringComparison.Ordinal);
        Assert.Contains($"roles: [\"{role}\"]", script, StringComparison.Ordinal);

        var issued = await api.Client().PostAsJsonAsync(ApiFactory.BasePath + "/dev/token", new { sub = subject, roles = new[] { role } });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var token = (await issued.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();

        var me = await api.Client(token).GetFromJsonAsync<JsonObject>(ApiFactory.BasePath + "/users/me");
        Assert.Equal(subject, me!["externalId"]!.GetValue<string>());
        Assert.Contains(role, me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Development_DevTokenExample_IssuesATokenForTheDemoGrower()
    {
        await using var api = new DevelopmentSqliteApiFactory();
        var example = Documents.RequestExamples(await Documents.ServedAsync(api))["IssueDevToken"];
        Assert.NotNull(example);

        var issued = await api.Client().PostAsync(ApiFactory.BasePath + "/dev/token",
            new StringContent(example.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var token = (await issued.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        var me = await api.Client(token).GetFromJsonAsync<JsonObject>(ApiFactory.BasePath + "/users/me");
        Assert.Equal("demo-grower", me!["externalId"]!.GetValue<string>());
        Assert.Contains("grower", me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Development_Document_TellsHowToSignIn()
    {
        await using var api = new DevelopmentSqliteApiFactory();
        var document = (await Documents.ServedAsync(api)).ToJsonString();
        Assert.Contains("/dev/token", document, StringComparison.Ordinal);
        Assert.Contains("Sign in as demo grower", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_NeitherDocumentNorUi_MentionsDevelopmentRoutes()
    {
        await using var api = new ProductionSqliteApiFactory();
        var client = api.Client();

        var document = await Text(client, Documents.DocumentPath);
        var index = await Text(client, "/swagger/index.html");
        var config = await Text(client, "/swagger/index.js");
        foreach (var (name, text) in new[] { ("document", document), ("index.html", index), ("index.js", config) })
        {
            Assert.False(text.Contains("/dev/", StringComparison.Ordinal), $"the Production {name} mentions a /dev/ route");
            Assert.False(text.Contains("dev-sign-in", StringComparison.Ordinal), $"the Production {name} loads the sign-in script");
            Assert.False(text.Contains("Sign in as demo", StringComparison.Ordinal), $"the Production {name} offers demo sign-in");
        }
        Assert.Contains("\"persistAuthorization\":true", config, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Script)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync(ApiFactory.BasePath + "/dev/token", new { sub = "x" })).StatusCode);
    }

    private static async Task<string> Text(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        return text;
    }
}
