using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>What the document promises beyond the shape of bodies, which the response validator cannot see from a response alone.</summary>
public sealed class OpenApiExactnessTests(SqliteApiFactory api) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task IdempotentOperations_DeclareTheIdempotencyKeyHeader()
    {
        var document = await DocumentAsync(api);
        foreach (var (path, method) in new[] { ("/orders", "post"), ("/orders/{id}/cancel", "post"), ("/orders/{id}/refunds", "post") })
        {
            var names = document["paths"]![path]![method]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());
            Assert.Contains("Idempotency-Key", names);
            Assert.NotNull(document["paths"]![path]![method]!["responses"]!["422"]);
        }
        Assert.Contains("If-Match", document["paths"]!["/listings/{id}"]!["put"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ReceiveVibeLuxEvent_DeclaresItsEnvelopeAndSignature()
    {
        var operation = (await DocumentAsync(api))["paths"]!["/integrations/vibelux/events"]!["post"]!;
        var signature = Assert.Single(operation["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "X-VibeLux-Signature")!;
        Assert.True(signature["required"]!.GetValue<bool>());
        var envelope = operation["requestBody"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal(["data", "id", "occurredAt", "type"], envelope["required"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Problems_CarryACodeFromOneEnum_AndAnExampleWithARealCode()
    {
        var schemas = (await DocumentAsync(api))["components"]!["schemas"]!;
        var problem = schemas["ProblemDetails"]!;
        Assert.Contains("code", problem["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains("traceId", problem["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.NotNull(problem["properties"]!["errors"]);
        Assert.Contains("insufficient_stock", schemas["ProblemCode"]!["enum"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("insufficient_stock", problem["example"]!["code"]!.GetValue<string>());
        Assert.Null(schemas["HttpValidationProblemDetails"]);
    }

    public static async Task<JsonNode> DocumentAsync(ApiFactory factory) =>
        JsonNode.Parse(await factory.Client().GetStringAsync("/swagger/v1/swagger.json"))!;
}

/// <summary>The Stripe webhook is mapped only with the Stripe provider, so only that host's document has it.</summary>
public sealed class StripeOpenApiTests(SqliteStripeApiFactory stripe) : IClassFixture<SqliteStripeApiFactory>
{
    [Fact]
    public async Task StripeHost_DeclaresTheStripeSignatureHeaderAndTheEventBody()
    {
        var operation = (await OpenApiExactnessTests.DocumentAsync(stripe))["paths"]!["/webhooks/stripe"]!["post"]!;
        var signature = Assert.Single(operation["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "Stripe-Signature")!;
        Assert.True(signature["required"]!.GetValue<bool>());
        Assert.NotNull(operation["requestBody"]!["content"]!["application/json"]);
    }
}
