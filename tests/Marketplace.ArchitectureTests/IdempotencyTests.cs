using System.Reflection;
using System.Text.Json.Nodes;
using Marketplace.Application.Common.Behaviours;
using static Marketplace.ArchitectureTests.Slices;

namespace Marketplace.ArchitectureTests;

/// <summary>
/// <c>Idempotency-Key</c> is declared on the request ([Idempotent]) and served by one behaviour; the published
/// contract must offer the header on exactly those requests' operations (the operation id is the use-case name).
/// </summary>
public sealed class IdempotencyTests
{
    [Fact]
    public void ExactlyTheRequestsMarkedIdempotent_AreServedWithTheKey()
    {
        var marked = Requests.Where(r => r.GetCustomAttribute<IdempotentAttribute>() is not null).Select(UseCase).Order().ToList();
        var served = OperationsTakingTheKey().Order().ToList();

        Assert.NotEmpty(marked);
        Assert.Subset(marked.ToHashSet(), new HashSet<string> { "PlaceOrder", "CancelOrder", "RefundOrder" });
        Assert.Equal(marked, served);
    }

    private static string UseCase(Type request) =>
        request.Name.EndsWith("Command", StringComparison.Ordinal) ? request.Name[..^"Command".Length]
        : request.Name.EndsWith("Query", StringComparison.Ordinal) ? request.Name[..^"Query".Length]
        : request.Name;

    /// <summary>The operation ids of the committed OpenAPI document whose operations take <c>Idempotency-Key</c>.</summary>
    private static IEnumerable<string> OperationsTakingTheKey()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "openapi", "marketplace.v1.json")))!;
        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value))
            .OfType<JsonObject>().Where(o => o["operationId"] is not null).ToList();
        Assert.True(operations.Count >= 10, $"Only {operations.Count} operations found in the OpenAPI document.");
        return operations
            .Where(o => o["parameters"] is JsonArray parameters && parameters.Any(p =>
                p?["in"]?.GetValue<string>() == "header" && p["name"]?.GetValue<string>() == "Idempotency-Key"))
            .Select(o => o["operationId"]!.GetValue<string>());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln"))) return dir.FullName;
        throw new InvalidOperationException("Marketplace.sln not found above " + AppContext.BaseDirectory);
    }
}
