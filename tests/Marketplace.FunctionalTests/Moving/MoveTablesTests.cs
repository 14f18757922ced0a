using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marketplace.Cli;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Persistence.Moving;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Marketplace.FunctionalTests.Moving;

/// <summary>
/// <c>Marketplace.Cli extract</c> and <c>verify</c> through their command line, from a database filled by the API
/// (orders, refunds, reviews, images, outbox messages) into an empty PostgreSQL database.
/// </summary>
public abstract class MoveTablesTests(ApiFactory api) : ApiTestBase(api), IAsyncLifetime
{
    private EmptyPostgresDatabase? _target;

    protected abstract string SourceProvider { get; }
    protected abstract string SourceConnection { get; }

    private EmptyPostgresDatabase Target => _target!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        Skip.IfNot(EmptyPostgresDatabase.IsAvailable, $"{PostgresApiFactory.Variable} is not set (the move's target is PostgreSQL); .ci/run sets it.");
        await InitializeAsync();
        _target = await EmptyPostgresDatabase.CreateAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_target is not null) await _target.DisposeAsync();
    }

    [SkippableFact]
    public async Task Extract_CopiesEveryTable_AndTheApiOnTheTargetAnswersAsTheSourceDid()
    {
        var run = await FillAsync();

        var (exit, output) = await CliAsync("extract", "--batch-size", "2");

        Assert.True(exit == 0, output);
        Assert.Contains("Equal:", output);
        await using var moved = new MovedPostgresApiFactory(Target.ConnectionString);
        // Both hosts read the same instant, so that "now" (the dashboard's period) is one.
        var advance = Api.Clock.AutoAdvanceAmount;
        var now = new[] { Api.Clock.GetUtcNow(), moved.Clock.GetUtcNow() }.Max().AddSeconds(1);
        foreach (var clock in new[] { Api.Clock, moved.Clock })
        {
            clock.AutoAdvanceAmount = TimeSpan.Zero;
            clock.SetUtcNow(now);
        }
        try
        {
            await AnswerAlikeAsync(run, moved);
        }
        finally
        {
            Api.Clock.AutoAdvanceAmount = advance;
            moved.Clock.AutoAdvanceAmount = advance;
        }

        // The order numbers continue after the copied ones instead of starting again.
        var buyer = moved.Client(TestTokens.For(run.BuyerSubject, "buyer"));
        var next = await Expect(await PostJson(buyer, Url("/orders"), OrderBody(run.ListingId, 5)), HttpStatusCode.Created);
        Assert.True(string.CompareOrdinal(next["order"]!["number"]!.GetValue<string>(), run.LastOrderNumber) > 0,
            $"{next["order"]!["number"]} should follow {run.LastOrderNumber}");
    }

    private async Task AnswerAlikeAsync(FilledRun run, ApiFactory moved)
    {
        foreach (var (who, path) in run.Reads)
        {
            var (before, after) = (await ReadAsync(Api, who, path), await ReadAsync(moved, who, path));
            // Numbers compare by value: SQLite keeps a decimal's text (2.0) where PostgreSQL pads it to its scale (2.000).
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(before), JsonNode.Parse(after)), $"{path}\nsource: {before}\ntarget: {after}");
        }
    }

    [SkippableFact]
    public async Task DryRun_ReportsTheRows_AndChangesNothing()
    {
        await FillAsync();

        var (exit, output) = await CliAsync("extract", "--dry-run");

        Assert.True(exit == 0, output);
        Assert.Contains("marketplace_orders", output);
        Assert.Contains("Nothing was changed", output);
        await using var target = MarketplaceDatabases.Open(DatabaseProvider.PostgreSql, Target.ConnectionString);
        Assert.Empty(await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetAppliedMigrationsAsync(target.Database));
    }

    [SkippableFact]
    public async Task Extract_IntoATargetThatHoldsRows_IsRefused_AndResumeFinishesAnInterruptedCopy()
    {
        await FillAsync();
        using var interrupt = new CancellationTokenSource();
        await using (var source = MarketplaceDatabases.Open(Enum.Parse<DatabaseProvider>(SourceProvider), SourceConnection))
        await using (var target = MarketplaceDatabases.Open(DatabaseProvider.PostgreSql, Target.ConnectionString))
        {
            // The copy stops part-way through the orders, as a killed process would.
            var stopInOrders = new StopWhen(p => p.Table == "marketplace_orders" && p.Copied >= 1, interrupt);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                new DatabaseMove(source, target, batchSize: 1).ExtractAsync(resume: false, stopInOrders, interrupt.Token));
        }

        var (refused, refusal) = await CliAsync("extract");
        Assert.Equal(MoveCommands.Refused, refused);
        Assert.Contains("--resume", refusal);

        var (resumed, output) = await CliAsync("extract", "--resume");
        Assert.True(resumed == 0, output);
        var (verified, verification) = await CliAsync("verify");
        Assert.True(verified == 0, verification);
    }

    [SkippableFact]
    public async Task Verify_FailsWhenOneRowDiffers_AndNamesItsTable()
    {
        var run = await FillAsync();
        Assert.Equal(0, (await CliAsync("extract")).Exit);

        await Target.ExecuteAsync($"UPDATE marketplace_listings SET title = 'Changed after the move' WHERE id = '{run.ListingId}'");
        var (exit, output) = await CliAsync("verify");

        Assert.Equal(MoveCommands.Differs, exit);
        Assert.Contains("Differs: marketplace_listings", output);
    }

    private async Task<(int Exit, string Output)> CliAsync(params string[] arguments)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 240;
        string[] databases = ["--from-provider", SourceProvider, "--from", SourceConnection, "--to-provider", "PostgreSql", "--to", Target.ConnectionString];
        var exit = await MoveCommands.Build(console).Parse([arguments[0], .. databases, .. arguments[1..]]).InvokeAsync();
        return (exit, writer.ToString());
    }

    private sealed record FilledRun(string BuyerSubject, string ListingId, string LastOrderNumber, IReadOnlyList<(string Who, string Path)> Reads);

    /// <summary>One grower's and one buyer's life: orders delivered, reviewed, refunded and cancelled, an image, and undelivered events.</summary>
    private async Task<FilledRun> FillAsync()
    {
        var grower = await NewGrowerAsync("move-grower");
        var buyer = await NewBuyerAsync("move-buyer");
        var listing = await CreateListingAsync(grower.Client);
        var other = await CreateListingAsync(grower.Client, l => l["title"] = "Genovese basil");
        var image = new ByteArrayContent(TestImages.Jpeg());
        image.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        await Expect(await grower.Client.PostAsync(Url($"/listings/{Id(listing)}/images"), new MultipartFormDataContent { { image, "file", "crate.jpg" } }), HttpStatusCode.Created);
        await Expect(await grower.Client.PostAsJsonAsync(Url($"/listings/{Id(other)}/stock"), new { kind = "received", quantity = 30, reason = "second harvest" }), HttpStatusCode.OK);

        var delivered = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        await Act(grower.Client, delivered, "confirm");
        await Act(grower.Client, delivered, "ship");
        await Act(buyer.Client, delivered, "deliver");
        await Act(buyer.Client, delivered, "review", body: new { rating = 5, comment = "Crisp and cold on arrival" });
        await Act(grower.Client, delivered, "refunds", body: new { amount = new { amount = 500, currency = "USD" }, reason = "two bunches bruised" });
        var cancelled = await PlaceOrderAsync(buyer.Client, Id(listing), 3);
        await Act(buyer.Client, cancelled, "cancel", body: new { reason = "menu changed" });
        // Part of the events are delivered; the rest stay in the outbox and must move with it.
        await Api.Services.GetRequiredService<OutboxProcessor>().DispatchDueAsync(CancellationToken.None);
        await PlaceOrderAsync(buyer.Client, Id(other), 2);
        var last = await PlaceOrderAsync(buyer.Client, Id(listing), 4);
        await StoreTheCursorKeyInUseAsync();
        // The API counts requests in memory and writes them once a minute; written now, they cannot land in the source
        // between the copy and the verification.
        await Api.Services.GetRequiredService<Marketplace.Api.Metrics.RequestMetrics>().FlushAsync(CancellationToken.None);

        return new FilledRun("move-buyer", Id(listing), last["number"]!.GetValue<string>(),
        [
            ("anonymous", "/listings?limit=1"),
            ("anonymous", "/listings?sort=price&facets=true"),
            ("anonymous", $"/listings/{Id(listing)}"),
            ("anonymous", $"/growers/{grower.Id}"),
            ("move-buyer", "/orders?role=buyer"),
            ("move-grower", "/orders?role=grower"),
            ("move-buyer", $"/orders/{Id(delivered)}"),
            ("move-grower", "/analytics/dashboard"),
            ("move-grower", $"/listings/{Id(listing)}/stock-movements"),
            ("move-grower", $"/listings/{Id(other)}/stock-movements"),
        ]);
    }

    /// <summary>
    /// This host has signed cursors since before the reset that emptied its database; a host that had always served
    /// this database would have stored the key it signs with. Store it, so that cursors move with the tables.
    /// </summary>
    private async Task StoreTheCursorKeyInUseAsync()
    {
        var key = await Api.Services.GetRequiredService<Marketplace.Application.Common.Ports.ICursorSigningKey>().GetAsync(CancellationToken.None);
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        if (await db.ServerSecrets.FindAsync(Marketplace.Infrastructure.Paging.ServerSecret.CursorSigningKeyName) is not null) return;
        db.ServerSecrets.Add(new Marketplace.Infrastructure.Paging.ServerSecret
        {
            Name = Marketplace.Infrastructure.Paging.ServerSecret.CursorSigningKeyName, Value = Convert.ToBase64String(key), CreatedAt = Api.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    private static async Task<string> ReadAsync(ApiFactory host, string who, string path)
    {
        var client = who == "anonymous" ? host.Client()
            : host.Client(TestTokens.For(who, who.EndsWith("grower", StringComparison.Ordinal) ? "grower" : "buyer"));
        var response = await client.GetAsync(Url(path));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    private sealed class StopWhen(Func<TableProgress, bool> condition, CancellationTokenSource interrupt) : IProgress<TableProgress>
    {
        public void Report(TableProgress value)
        {
            if (condition(value)) interrupt.Cancel();
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteToPostgresMoveTests(SqliteApiFactory api) : MoveTablesTests(api)
{
    protected override string SourceProvider => "Sqlite";
    protected override string SourceConnection => $"Data Source={api.DatabasePath};Pooling=False";
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresToPostgresMoveTests(PostgresApiFactory api) : MoveTablesTests(api)
{
    protected override string SourceProvider => "PostgreSql";
    protected override string SourceConnection => System.Environment.GetEnvironmentVariable(PostgresApiFactory.Variable)!;
}
