using System.Net;
using Marketplace.FunctionalTests.Support;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>Every problem has one shape, whether the framework or the application answers.</summary>
public abstract class ProblemShapeTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task UnknownRoute_Answers404_InTheShapeOfAnApplication404()
    {
        var route = await ExpectProblem(await Anonymous().GetAsync(Url("/no-such-route")), HttpStatusCode.NotFound, "not_found");
        var application = await ExpectProblem(await Anonymous().GetAsync(Url($"/growers/{Guid.NewGuid()}")), HttpStatusCode.NotFound, "not_found");

        Assert.Equal("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", route["type"]!.GetValue<string>());
        Assert.Equal(application["type"]!.GetValue<string>(), route["type"]!.GetValue<string>());
        Assert.Equal(application["title"]!.GetValue<string>(), route["title"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task MissingOrInvalidToken_Answers401_WithABearerChallenge()
    {
        var missing = await Anonymous().GetAsync(Url("/users/me"));
        await ExpectProblem(missing, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", Assert.Single(missing.Headers.WwwAuthenticate).Scheme);

        var invalid = await Api.Client(TestTokens.Create("u", ["buyer"], key: "some-other-key-that-is-long-enough-12345678")).GetAsync(Url("/users/me"));
        await ExpectProblem(invalid, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", Assert.Single(invalid.Headers.WwwAuthenticate).Scheme);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteProblemShapeTests(SqliteApiFactory api) : ProblemShapeTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresProblemShapeTests(PostgresApiFactory api) : ProblemShapeTests(api);
