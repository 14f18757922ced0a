using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// An example event for <c>ReceiveVibeLuxEvent</c>, on the operation's body whatever schema describes it. Sent with a
/// valid <c>X-VibeLux-Signature</c>, it is acknowledged (a facility of an owner the marketplace does not know yet).
/// </summary>
internal sealed class VibeLuxEventExampleFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != "ReceiveVibeLuxEvent") return;
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var media) != true || media is not OpenApiMediaType json) return;
        json.Example ??= new JsonObject
        {
            ["id"] = "evt_01JD8Q4M2X",
            ["type"] = "facility.updated",
            ["occurredAt"] = "2026-11-24T10:00:00Z",
            ["data"] = new JsonObject
            {
                ["facilityId"] = "fac-9", ["ownerUserId"] = "demo-grower", ["name"] = "Salinas Greenhouse 2", ["city"] = "Salinas", ["state"] = "CA",
                ["growRooms"] = new JsonArray(new JsonObject { ["name"] = "Bay A", ["areaSqFt"] = 12000, ["crop"] = "lettuce" }),
                ["certifications"] = new JsonArray("gap-certified"),
                ["energy"] = new JsonObject { ["renewableSharePercent"] = 62.5, ["kwhPerKg"] = 8.4 },
            },
        };
    }
}
