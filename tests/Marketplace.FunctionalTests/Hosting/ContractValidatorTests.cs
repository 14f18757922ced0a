using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>
/// The response validator every test client carries must fail on responses that break the committed document;
/// otherwise the proof that the API keeps its contract would be empty.
/// </summary>
public sealed class ContractValidatorTests
{
    private const string BasePath = "/api/marketplace";

    private static JsonObject Me() => new()
    {
        ["id"] = "0194f0a8-7c1e-7d3a-9a51-5c0b6a3f4e21",
        ["externalId"] = "buyer-1",
        ["email"] = null,
        ["displayName"] = null,
        ["roles"] = new JsonArray("buyer"),
        ["growerProfile"] = null,
        ["buyerProfile"] = null,
    };

    [Fact]
    public async Task Validator_AcceptsAConformingResponse()
    {
        var response = await SendAsync("/users/me", HttpStatusCode.OK, "application/json", Me().ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Validator_FailsOnAnUndeclaredStatus()
    {
        var error = await Assert.ThrowsAsync<ContractViolationException>(() =>
            SendAsync("/users/me", (HttpStatusCode)418, "application/json", Me().ToJsonString()));
        Assert.Contains("GetMe", error.Message);
        Assert.Contains("status 418 is not declared", error.Message);
    }

    [Fact]
    public async Task Validator_FailsOnAMissingRequiredProperty()
    {
        var body = Me();
        body.Remove("id");
        var error = await Assert.ThrowsAsync<ContractViolationException>(() =>
            SendAsync("/users/me", HttpStatusCode.OK, "application/json", body.ToJsonString()));
        Assert.Contains("required", error.Message);
        Assert.Contains("id", error.Message);
    }

    [Fact]
    public async Task Validator_FailsOnANullWhereTheSchemaIsNotNullable()
    {
        var body = Me();
        body["externalId"] = null;
        var error = await Assert.ThrowsAsync<ContractViolationException>(() =>
            SendAsync("/users/me", HttpStatusCode.OK, "application/json", body.ToJsonString()));
        Assert.Contains("$.externalId", error.Message);
    }

    [Fact]
    public async Task Validator_FailsOnAValueOutsideTheEnum()
    {
        var body = Me();
        body["roles"] = new JsonArray("superuser");
        var error = await Assert.ThrowsAsync<ContractViolationException>(() =>
            SendAsync("/users/me", HttpStatusCode.OK, "application/json", body.ToJsonString()));
        Assert.Contains("$.roles.0", error.Message);
    }

    [Fact]
    public async Task Validator_FailsOnAProblemWithoutItsCode()
    {
        var problem = new JsonObject
        {
            ["type"] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2", ["title"] = "Unauthorized", ["status"] = 401,
            ["detail"] = "No token.", ["instance"] = "/api/marketplace/users/me", ["traceId"] = "00-abc-def-01",
        };
        var error = await Assert.ThrowsAsync<ContractViolationException>(() =>
            SendAsync("/users/me", HttpStatusCode.Unauthorized, "application/problem+json", problem.ToJsonString(),
                ("WWW-Authenticate", "Bearer")));
        Assert.Contains("code", error.Message);
    }

    [Fact]
    public async Task Validator_FailsOnAnUnknownRouteThatIsNotAProblem()
    {
        var error = await Assert.ThrowsAsync<ContractViolationException>(() =>
            SendAsync("/no-such-thing", HttpStatusCode.NotFound, "text/plain", "Not Found"));
        Assert.Contains("no operation", error.Message);
    }

    private static async Task<HttpResponseMessage> SendAsync(string path, HttpStatusCode status, string mediaType, string body,
        params (string Name, string Value)[] headers)
    {
        var canned = new CannedHandler(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
            foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
            return response;
        });
        using var client = new HttpClient(new ContractValidatingHandler(OpenApiContract.Committed, BasePath) { InnerHandler = canned })
        {
            BaseAddress = new Uri("http://localhost"),
        };
        return await client.GetAsync(BasePath + path);
    }

    private sealed class CannedHandler(Func<HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(respond());
    }
}
