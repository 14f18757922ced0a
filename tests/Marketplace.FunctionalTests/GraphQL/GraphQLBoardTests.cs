using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.GraphQL;

/// <summary>The board over GraphQL is the REST board: same listings, same order, same cursors, same facets.</summary>
public abstract class GraphQLBoardTests(ApiFactory api) : GraphQLTestBase(api)
{
    private const string Board = """
        query Board($filter: BoardFilter, $sort: String, $first: Int, $after: String) {
          board(filter: $filter, sort: $sort, first: $first, after: $after) {
            edges { node { id title unitPrice { amount currency } category status stock { available } } cursor }
            pageInfo { endCursor hasNextPage }
          }
        }
        """;

    [SkippableFact]
    public async Task Board_EqualsTheRestBoard_ForTheSameCriteria_PageByPageWithTheSameCursors()
    {
        var grower = await NewGrowerAsync();
        var other = await NewGrowerAsync("grower-2", "Hilltop Herbs");
        for (var i = 0; i < 5; i++)
        {
            var price = 1000 + i * 300;
            await CreateListingAsync(grower.Client, b => { b["title"] = $"Butterhead lettuce {i}"; b["unitPrice"]!["amount"] = price; });
        }
        await CreateListingAsync(other.Client, b => { b["title"] = "Genovese basil"; b["category"] = "herbs"; b["productType"] = "basil"; });
        await CreateListingAsync(other.Client, b => { b["title"] = "Thai basil"; b["category"] = "herbs"; b["productType"] = "basil"; b["grade"] = "b"; });
        var client = GraphQLClient();

        (string Query, JsonObject Filter, string? Sort)[] criteria =
        [
            ("", new JsonObject(), null),
            ("?category=herbs", new JsonObject { ["category"] = new JsonArray("herbs") }, null),
            ("?sort=price&minPrice=1200", new JsonObject { ["minPrice"] = 1200 }, "price"),
            ("?sort=-price", new JsonObject(), "-price"),
            ("?q=basil", new JsonObject { ["q"] = "basil" }, null),
            ($"?growerId={grower.Id}&sort=freshest", new JsonObject { ["growerId"] = grower.Id.ToString() }, "freshest"),
        ];
        foreach (var (rest, filter, sort) in criteria)
        {
            string? restCursor = null, graphCursor = null;
            var pages = 0;
            do
            {
                var separator = rest.Length == 0 ? "?" : "&";
                var restPage = await Expect(await Anonymous().GetAsync(Url("/listings" + rest + separator + "limit=2"
                    + (restCursor is null ? "" : "&cursor=" + Uri.EscapeDataString(restCursor)))), HttpStatusCode.OK);
                var graphPage = (await Data(client, Board, new JsonObject
                {
                    ["filter"] = filter.DeepClone(), ["sort"] = sort, ["first"] = 2, ["after"] = graphCursor,
                }))["board"]!;

                var edges = graphPage["edges"]!.AsArray();
                Assert.Equal(Ids(restPage), edges.Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList());
                for (var i = 0; i < edges.Count; i++)
                {
                    var restItem = restPage["items"]![i]!;
                    var node = edges[i]!["node"]!;
                    Assert.Equal(restItem["title"]!.GetValue<string>(), node["title"]!.GetValue<string>());
                    Assert.Equal(restItem["unitPrice"]!.ToJsonString(), node["unitPrice"]!.ToJsonString());
                    Assert.Equal(restItem["category"]!.GetValue<string>(), node["category"]!.GetValue<string>());
                    Assert.Equal(restItem["status"]!.GetValue<string>(), node["status"]!.GetValue<string>());
                }
                restCursor = restPage["nextCursor"]?.GetValue<string>();
                graphCursor = graphPage["pageInfo"]!["endCursor"]?.GetValue<string>();
                Assert.Equal(restCursor, graphCursor);
                Assert.Equal(restCursor is not null, graphPage["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
                if (edges.Count > 0) Assert.Equal(graphCursor, edges[^1]!["cursor"]?.GetValue<string>());
                pages++;
            }
            while (restCursor is not null && pages < 10);
            Assert.True(pages >= 1);
        }
    }

    [SkippableFact]
    public async Task Board_Facets_EqualTheRestFacets_AndOnlyWhenSelected()
    {
        var grower = await NewGrowerAsync();
        await CreateListingAsync(grower.Client);
        await CreateListingAsync(grower.Client, b => { b["title"] = "Genovese basil"; b["category"] = "herbs"; b["unitPrice"]!["amount"] = 700; });
        var rest = await Expect(await Anonymous().GetAsync(Url("/listings?facets=true")), HttpStatusCode.OK);

        var data = await Data(GraphQLClient(), """
            { board { facets { category { key count } certification { key count } growingMethod { key count } price { key count } } } }
            """);

        var facets = data["board"]!["facets"]!;
        foreach (var facet in new[] { "category", "certification", "growingMethod", "price" })
        {
            var expected = rest["facets"]![facet]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>());
            var actual = facets[facet]!.AsArray().ToDictionary(e => e!["key"]!.GetValue<string>(), e => e!["count"]!.GetValue<int>());
            Assert.Equal(expected, actual);
        }
        var without = await Data(GraphQLClient(), "{ board { edges { node { id } } } }");
        Assert.Equal(2, without["board"]!["edges"]!.AsArray().Count);
    }

    [SkippableFact]
    public async Task Board_PageSizeAboveRestsLimit_IsAValidationError_NamingFirst()
    {
        var result = await GraphQL(GraphQLClient(), "{ board(first: 101) { edges { cursor } } }");
        var error = SingleError(result, "validation_failed", 400);
        Assert.NotNull(error["extensions"]!["errors"]!["first"]);

        var orders = await GraphQL(GraphQLClient("gq-buyer", "buyer"), "{ orders(first: 0) { edges { cursor } } }");
        Assert.NotNull(SingleError(orders, "validation_failed", 400)["extensions"]!["errors"]!["first"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteGraphQLBoardTests(SqliteApiFactory api) : GraphQLBoardTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresGraphQLBoardTests(PostgresApiFactory api) : GraphQLBoardTests(api);
