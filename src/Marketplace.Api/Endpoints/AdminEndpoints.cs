using System.ComponentModel;
using Marketplace.Application.Admin;
using Marketplace.Application.Common.Paging;
using Mediator;

namespace Marketplace.Api.Endpoints;

internal static class AdminEndpoints
{
    public static void MapAdmin(this RouteGroupBuilder api)
    {
        api.MapPost("/admin/search/reindex", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new Marketplace.Application.Search.ReindexSearchCommand(), ct)))
            .WithTags("Admin").RequireAuthorization()
            .Describe("ReindexSearch", "Rebuild the search index",
                "Admin. With `Marketplace:Search:Provider=Algolia`, clears the index and sends every active listing again in " +
                "batches of 1,000. With the database provider there is no separate index and nothing is done.")
            .Produces<Marketplace.Application.Search.ReindexResponse>().ProducesProblems(401, 403, 503);

        var outbox = api.MapGroup("/admin/outbox").WithTags("Admin").RequireAuthorization();
        outbox.MapGet("/", async ([Description("Only messages in this state: `pending`, `delivered` or `dead`.")] string? status, [Description("The `nextCursor` of the previous page.")] string? cursor,
            [Description("Messages per page, 1–100 (default 50).")] int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListOutboxQuery(status, cursor, limit), ct)))
            .Describe("ListOutbox", "Outgoing events",
                "Admin. Integration events by `status` (`pending`, `delivered`, `dead`), newest first, keyset-paged. A message is " +
                "`dead` after `Marketplace:EventBus:MaxAttempts` failed deliveries; `lastError` says why.")
            .Produces<Page<OutboxMessageResponse>>().ProducesProblems(400, 401, 403);
        outbox.MapPost("/{id:guid}/retry", async ([Description("The outbox message (event id).")] Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RetryOutboxMessageCommand(id), ct)))
            .Describe("RetryOutboxMessage", "Retry a dead event",
                "Admin. Puts a dead message back in the queue with a fresh set of attempts; any other status is 409.")
            .Produces<OutboxMessageResponse>().ProducesProblems(401, 403, 404, 409);
    }
}
