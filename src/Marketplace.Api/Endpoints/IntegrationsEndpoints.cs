using Marketplace.Application.Common.Ports;
using Marketplace.Application.Integrations;
using Mediator;

namespace Marketplace.Api.Endpoints;

internal static class IntegrationsEndpoints
{
    public static void MapIntegrations(this RouteGroupBuilder api)
    {
        api.MapPost("/integrations/vibelux/events", async (HttpRequest request, IVibeLuxWebhooks webhooks, ISender sender, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(ct);
                var vibeLuxEvent = webhooks.Verify(payload, request.Headers["X-VibeLux-Signature"]);
                return TypedResults.Ok(new VibeLuxReceipt(vibeLuxEvent.Id, await sender.Send(new HandleVibeLuxEventCommand(vibeLuxEvent), ct)));
            })
            .AllowAnonymous().WithTags("Integrations")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(1024 * 1024))
            .Describe("ReceiveVibeLuxEvent", "VibeLux core event",
                "VibeLux core calls this with `{ id, type, occurredAt, data }` and `X-VibeLux-Signature: t=<unix seconds>,v1=<hex " +
                "HMAC-SHA256 of \"<t>.<raw body>\">` (secret `Marketplace:Integration:WebhookSecret`); a bad or stale signature " +
                "is 401 and changes nothing. Each event id is applied once. `facility.updated` refreshes the owner's facility " +
                "and certifications on the public grower profile; `harvest.completed` prepares one draft listing per harvest " +
                "(without a price, which the grower sets before publishing). Other types are acknowledged and ignored.")
            .Produces<VibeLuxReceipt>().ProducesProblems(400, 401, 413);

        api.MapPost("/integrations/vibelux/sync", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new SyncVibeLuxCommand(), ct)))
            .RequireAuthorization().WithTags("Integrations")
            .Describe("SyncVibeLux", "Pull VibeLux facility data now",
                "Admin. Reads `GET {VIBELUX_API_URL}/api/facilities?updatedSince=…&cursor=…` page by page from where the last sync " +
                "stopped (kept in the database) and imports each facility onto its owner's grower profile. With " +
                "`Marketplace:Integration:DataSync=Batch` the same runs every `SyncInterval` (default 15 minutes).")
            .Produces<SyncResult>().ProducesProblems(400, 401, 403, 503);
    }
}

/// <summary>The marketplace's receipt for a VibeLux event.</summary>
/// <param name="EventId">The event's id.</param>
/// <param name="Outcome">What the marketplace did with it.</param>
public sealed record VibeLuxReceipt(string EventId, VibeLuxEventOutcome Outcome);
