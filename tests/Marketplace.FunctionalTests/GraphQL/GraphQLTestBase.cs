using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.GraphQL;

/// <summary>Speaks GraphQL over HTTP to <c>/api/marketplace/graphql</c> (not a REST operation, so not checked against the OpenAPI document).</summary>
public abstract class GraphQLTestBase(ApiFactory api) : ApiTestBase(api)
{
    protected static readonly string Endpoint = Url("/graphql");

    protected HttpClient GraphQLClient(string? subject = null, params string[] roles)
    {
        var client = Api.CreateDefaultClient();
        if (subject is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(subject, roles));
        return client;
    }

    protected static async Task<HttpResponseMessage> PostGraphQL(HttpClient client, string query, JsonObject? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = variables;
        return await client.PostAsync(Endpoint, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    /// <summary>Runs the document, asserts the HTTP status, and returns the whole result (<c>data</c>, <c>errors</c>).</summary>
    protected static async Task<JsonNode> GraphQL(HttpClient client, string query, JsonObject? variables = null, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await PostGraphQL(client, query, variables);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Runs the document and returns <c>data</c>, failing on any error.</summary>
    protected static async Task<JsonNode> Data(HttpClient client, string query, JsonObject? variables = null)
    {
        var result = await GraphQL(client, query, variables);
        Assert.True(result["errors"] is null, $"Unexpected errors: {result["errors"]?.ToJsonString()}");
        return result["data"]!;
    }

    /// <summary>Asserts exactly one error, with the REST problem's code and status; returns it.</summary>
    protected static JsonNode SingleError(JsonNode result, string code, int status)
    {
        var errors = result["errors"]?.AsArray();
        Assert.True(errors is { Count: 1 }, $"Expected one error: {result.ToJsonString()}");
        var error = errors[0]!;
        Assert.Equal(code, error["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(status, error["extensions"]?["status"]?.GetValue<int>());
        return error;
    }
}
