using System.Net;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.GraphQL;

/// <summary>Grower data on a board page costs a fixed number of SQL commands, however many listings the page holds.</summary>
public abstract class GraphQLDataLoaderTests(ApiFactory api) : GraphQLTestBase(api)
{
    private const string BoardWithGrowers = """
        query($first: Int) { board(first: $first) { edges { node { id title grower { growerId farmName activeListings averageRating } } } } }
        """;

    [SkippableFact]
    public async Task GrowerOnAHundredListings_CostsAsManySqlCommandsAsOnTen()
    {
        var growers = new List<Grower>();
        for (var g = 0; g < 10; g++) growers.Add(await NewGrowerAsync($"loader-grower-{g}", $"Farm {g}"));
        for (var i = 0; i < 100; i++) await CreateListingAsync(growers[i % 10].Client, b => b["title"] = $"Lettuce {i}");
        var client = GraphQLClient();
        await Data(client, BoardWithGrowers, new() { ["first"] = 1 }); // warm: the host's first-use reads (settings, cursor key)

        var ten = await CommandsFor(client, 10);
        var hundred = await CommandsFor(client, 100);

        Assert.Equal(ten, hundred);
        // One page query, its images, the growers and their active listings counted: a small constant.
        Assert.InRange(hundred, 1, 6);
    }

    private async Task<int> CommandsFor(HttpClient client, int first)
    {
        var before = Api.SqlCommands.Count;
        var data = await Data(client, BoardWithGrowers, new() { ["first"] = first });
        var after = Api.SqlCommands.Count;
        var edges = data["board"]!["edges"]!.AsArray();
        Assert.Equal(first, edges.Count);
        Assert.All(edges, e => Assert.StartsWith("Farm ", e!["node"]!["grower"]!["farmName"]!.GetValue<string>()));
        Assert.All(edges, e => Assert.Equal(10, e!["node"]!["grower"]!["activeListings"]!.GetValue<int>()));
        return after - before;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteGraphQLDataLoaderTests(SqliteApiFactory api) : GraphQLDataLoaderTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresGraphQLDataLoaderTests(PostgresApiFactory api) : GraphQLDataLoaderTests(api);
