using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Marketplace.Bench.Baseline;

/// <summary>
/// A minimal ASP.NET Core app inside the bench process, on its own loopback Kestrel port, that answers the
/// board's URL with raw ADO.NET (Npgsql or Microsoft.Data.Sqlite) and System.Text.Json: the same HTTP and
/// JSON work as the API, without EF Core, Mediator, validation or mapping.
/// </summary>
internal sealed class BaselineServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly WebApplication app;
    private readonly NpgsqlDataSource? postgres;

    public Uri BaseAddress { get; }

    private BaselineServer(WebApplication app, NpgsqlDataSource? postgres, Uri baseAddress) =>
        (this.app, this.postgres, BaseAddress) = (app, postgres, baseAddress);

    public static async Task<BaselineServer> StartAsync(BenchOptions options, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();

        var postgres = options.Provider == Provider.PostgreSql ? NpgsqlDataSource.Create(options.ConnectionString) : null;
        var query = new BaselineQuery(options.Provider);
        Func<DbConnection> connect = postgres is not null
            ? postgres.CreateConnection
            : () => new SqliteConnection(options.ConnectionString);

        app.MapGet(Load.BoardMix.Path, async (HttpContext http) =>
        {
            if (!TryParse(http.Request.Query, out var filter)) return Results.BadRequest();
            await using var connection = connect();
            await connection.OpenAsync(http.RequestAborted);
            await using var command = connection.CreateCommand();
            query.Prepare(command, filter);
            var items = new List<BoardItem>(filter.Take);
            await using (var reader = await command.ExecuteReaderAsync(http.RequestAborted))
            {
                while (await reader.ReadAsync(http.RequestAborted)) items.Add(query.Read(reader));
            }
            var limit = filter.Take - 1;
            var next = items.Count > limit ? Cursor(filter.Sort, items[limit - 1]) : null;
            return Results.Json(new BoardPage(items.Take(limit).ToList(), next), Json);
        });

        await app.StartAsync();
        return new BaselineServer(app, postgres, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>Accepts only the mix's filter-only requests: category, certification, maxPrice, a column sort, limit.</summary>
    private static bool TryParse(IQueryCollection query, out BoardFilter filter)
    {
        filter = null!;
        var sort = query["sort"].ToString() is { Length: > 0 } given ? given : "newest";
        if (!BaselineQuery.Orders.ContainsKey(sort) || query.ContainsKey("q") || query.ContainsKey("near") || query.ContainsKey("facets")) return false;
        var limit = 20;
        if (query.ContainsKey("limit") && (!int.TryParse(query["limit"], out limit) || limit is < 1 or > 100)) return false;
        long? max = null;
        if (query.ContainsKey("maxPrice"))
        {
            if (!long.TryParse(query["maxPrice"], out var value)) return false;
            max = value;
        }
        filter = new BoardFilter(Values(query["category"]), Values(query["certification"]), max, sort, limit + 1);
        return true;
    }

    private static string[] Values(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct().ToArray();

    /// <summary>An unsigned stand-in of the same order of size as the API's cursor (the baseline never reads it back).</summary>
    private static string Cursor(string sort, BoardItem last) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sort}|{last.UnitPrice.Amount}|{last.CreatedAt.UtcTicks}|{last.Id}"));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        if (postgres is not null) await postgres.DisposeAsync();
    }
}
