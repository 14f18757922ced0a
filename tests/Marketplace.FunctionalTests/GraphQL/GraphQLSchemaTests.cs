using GraphQL;
using GraphQL.Utilities;
using Marketplace.Api.GraphQL;
using Marketplace.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.GraphQL;

/// <summary>
/// openapi/marketplace.graphql is the published GraphQL schema. This fails when the schema the host serves differs;
/// regenerate with: UPDATE_GRAPHQL=1 dotnet test --filter GraphQLSchemaTests
/// </summary>
public sealed class GraphQLSchemaTests(SqliteApiFactory api) : IClassFixture<SqliteApiFactory>
{
    private static readonly string SchemaPath = Path.Combine(RepositoryRoot(), "openapi", "marketplace.graphql");

    [Fact]
    public void ServedSchema_MatchesTheCommittedSchema()
    {
        var schema = api.Services.GetRequiredService<MarketplaceSchema>();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GRAPHQL") == "1") File.WriteAllText(SchemaPath, printed);

        Assert.True(File.Exists(SchemaPath), $"{SchemaPath} is missing; run UPDATE_GRAPHQL=1 dotnet test --filter GraphQLSchemaTests");
        Assert.True(File.ReadAllText(SchemaPath).ReplaceLineEndings("\n") == printed,
            "The served GraphQL schema differs from openapi/marketplace.graphql; if the change is intended, run UPDATE_GRAPHQL=1 dotnet test --filter GraphQLSchemaTests");
        // The schema the test compares is the one that answers: it names the board connection and a mutation per command.
        Assert.Contains("  board(", printed);
        Assert.Contains("): BoardConnection!", printed);
        Assert.Contains("placeOrder(", printed);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Marketplace.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Marketplace.sln not found above the test output.");
    }
}
