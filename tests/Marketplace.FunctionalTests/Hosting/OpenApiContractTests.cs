using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>
/// openapi/marketplace.v1.json is the published contract. This fails when the code's document differs;
/// regenerate with: UPDATE_OPENAPI=1 dotnet test --filter OpenApiContractTests
/// </summary>
public sealed class OpenApiContractTests(SqliteApiFactory api) : IClassFixture<SqliteApiFactory>
{
    private static readonly string ContractPath = Path.Combine(RepositoryRoot(), "openapi", "marketplace.v1.json");

    [Fact]
    public async Task Document_MatchesTheCommittedContract()
    {
        var generated = JsonNode.Parse(await api.Client().GetStringAsync("/swagger/v1/swagger.json"))!;
        var text = generated.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1") await File.WriteAllTextAsync(ContractPath, text);

        Assert.True(File.Exists(ContractPath), $"{ContractPath} is missing; run UPDATE_OPENAPI=1 dotnet test --filter OpenApiContractTests");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(ContractPath))!;
        Assert.True(JsonNode.DeepEquals(committed, generated),
            "The OpenAPI document differs from openapi/marketplace.v1.json; if the change is intended, run UPDATE_OPENAPI=1 dotnet test --filter OpenApiContractTests");
    }

    [Fact]
    public async Task EveryOperation_HasAnIdSummaryDescriptionAndProblemResponses()
    {
        var document = JsonNode.Parse(await api.Client().GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key} {path.Key}", Operation: op.Value!)))
            .ToList();

        Assert.True(operations.Count >= 13, $"only {operations.Count} operations");
        Assert.Equal("/api/marketplace", document["servers"]![0]!["url"]!.GetValue<string>());
        foreach (var (name, operation) in operations)
        {
            Assert.False(string.IsNullOrWhiteSpace(operation["operationId"]?.GetValue<string>()), name);
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), name);
            Assert.False(string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()), name);
            var errors = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('4')).ToList();
            Assert.True(errors.Count > 0, $"{name} documents no error response");
            Assert.All(errors, r => Assert.NotNull(r.Value!["content"]?["application/problem+json"]));
        }

        Assert.Contains("leafy-greens", document["components"]!["schemas"]!["Category"]!["enum"]!.ToJsonString());
        var board = document["paths"]!["/listings"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("q", board);
        Assert.Contains("growingMethod", board);
        var schemas = document["components"]!["schemas"]!;
        Assert.NotNull(schemas["CreateListingBody"]!["example"] ?? schemas["CreateListingBody"]!["examples"]);
        Assert.NotNull(schemas["CreateListingBody"]!["properties"]!["quantityAvailable"]);
        Assert.Null(schemas["UpdateListingBody"]!["properties"]!["quantityAvailable"]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Marketplace.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Marketplace.sln not found above the test binaries.");
    }
}
